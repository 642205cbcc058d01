/**
 * Crawls every HTML, feed and sitemap file of the built output: each internal link or asset must exist in the
 * output, and none may leave the configured base (the GitHub Pages sub-path). Runs at root and at /lectern/.
 */
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "../support/fixtures";
import { listFiles, readPapersJson } from "./built-site";

const attributeUrls = /\s(?:href|src|action|poster)="([^"]*)"/g;
const srcsetUrls = /\ssrcset="([^"]*)"/g;
const xmlUrls = /<(?:link|loc)>([^<]*)<\/(?:link|loc)>/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

function urlsIn(file: string, text: string): string[] {
  if (file.endsWith(".xml")) return [...text.matchAll(xmlUrls)].map((match) => match[1] ?? "");
  const plain = [...text.matchAll(attributeUrls)].map((match) => match[1] ?? "");
  const sets = [...text.matchAll(srcsetUrls)].flatMap((match) =>
    (match[1] ?? "").split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? ""),
  );
  return [...plain, ...sets].filter((url) => url !== "");
}

/** The output file a URL path under the base maps to, the way GitHub Pages resolves it. */
function targetExists(outDir: string, pathAfterBase: string): boolean {
  const local = join(outDir, decodeURIComponent(pathAfterBase));
  if (pathAfterBase === "" || pathAfterBase.endsWith("/")) return existsSync(join(local, "index.html"));
  return existsSync(local) && statSync(local).isFile();
}

test("every internal link and asset resolves inside the base", async ({ site }) => {
  const { site: siteUrl } = await readPapersJson(site.outDir);
  const origin = new URL(siteUrl).origin;
  const files = (await listFiles(site.outDir)).filter((file) => file.endsWith(".html") || file.endsWith(".xml"));
  expect(files.length).toBeGreaterThan(10);

  const broken: string[] = [];
  const escaping: string[] = [];
  let checked = 0;
  for (const file of files) {
    const text = await readFile(join(site.outDir, file), "utf8");
    const pageUrl = new URL(site.basePath + file.replace(/index\.html$/, ""), origin);
    for (const raw of urlsIn(file, text)) {
      const url = new URL(decodeEntities(raw), pageUrl);
      if (url.origin !== origin || url.protocol === "javascript:") continue;
      checked += 1;
      if (!url.pathname.startsWith(site.basePath)) {
        escaping.push(`${file} → ${raw}`);
        continue;
      }
      if (!targetExists(site.outDir, url.pathname.slice(site.basePath.length))) broken.push(`${file} → ${raw}`);
    }
  }
  expect(checked).toBeGreaterThan(files.length);
  expect(escaping, "links escaping the base").toEqual([]);
  expect(broken, "broken internal links").toEqual([]);
});

test("no page carries a javascript: URL", async ({ site }) => {
  const files = (await listFiles(site.outDir)).filter((file) => file.endsWith(".html"));
  for (const file of files) {
    const text = await readFile(join(site.outDir, file), "utf8");
    expect(text, file).not.toMatch(/(?:href|src)="\s*javascript:/i);
  }
});
