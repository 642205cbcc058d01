/**
 * Weight of one paper page as a reader receives it: HTML plus every stylesheet it links, gzip-compressed, and
 * whether any script in <head> blocks rendering (classic scripts without async/defer; modules never block).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareCodePoints } from "../../../src/lib/order";
import { fileForPath } from "./serve-dist";
import { transferBytes } from "./transfer-size";

export interface PageWeight {
  page: string;
  htmlBytes: number;
  cssBytes: number;
  totalBytes: number;
  /** Classic external scripts in <head>: the browser must fetch and run them before it can render. */
  renderBlockingScripts: number;
  /** Inline classic scripts in <head> (e.g. a theme switch that prevents a flash); they block no fetch. */
  inlineHeadScripts: number;
}

const STYLESHEET = /<link\b[^>]*rel="?stylesheet"?[^>]*>/g;
const HREF = /href="([^"]+)"/;
const HEAD_SCRIPT = /<script\b([^>]*)>/g;

/** The first paper page in sorted order, so every run weighs a comparable page. */
export function firstPaperPage(distDir: string): string | undefined {
  const papersDir = join(distDir, "papers");
  const slug = readdirSync(papersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(compareCodePoints)[0];
  return slug === undefined ? undefined : `/papers/${slug}/`;
}

export function pageWeight(distDir: string, pagePath: string): PageWeight {
  const htmlFile = fileForPath(distDir, pagePath);
  if (htmlFile === undefined) throw new Error(`page ${pagePath} not found in ${distDir}`);
  const html = readFileSync(htmlFile, "utf8");
  const cssFiles = (html.match(STYLESHEET) ?? [])
    .map((tag) => HREF.exec(tag)?.[1])
    .flatMap((href) =>
      href === undefined ? [] : [fileForPath(distDir, new URL(href, `http://x${pagePath}`).pathname)],
    )
    .flatMap((file) => (file === undefined ? [] : [file]));
  const head = html.slice(0, Math.max(html.indexOf("</head>"), 0));
  const classic = [...head.matchAll(HEAD_SCRIPT)]
    .map(([, attrs = ""]) => attrs)
    .filter((attrs) => !/type="?(module|application\/(ld\+)?json)|\basync\b|\bdefer\b/.test(attrs));
  const blocking = classic.filter((attrs) => /\bsrc=/.test(attrs));
  const htmlBytes = transferBytes(htmlFile);
  const cssBytes = cssFiles.reduce((sum, file) => sum + transferBytes(file), 0);
  return {
    page: pagePath,
    htmlBytes,
    cssBytes,
    totalBytes: htmlBytes + cssBytes,
    renderBlockingScripts: blocking.length,
    inlineHeadScripts: classic.length - blocking.length,
  };
}
