/**
 * Whatever digests `content/digests/` holds, end to end: every file is read and every entry accounted for, every
 * page validates and compiles both with satteri (what @astrojs/mdx 8 uses) and with @mdx-js/mdx (the reference)
 * with no ESM or expression reaching the output, and a fresh process writes the same bytes; hostile fixture too.
 * Expectations come from the folder, not from the digests the repository happens to ship, so adding one keeps
 * `npm test` green.
 */
// The frontmatter parser Astro itself runs on content entries: pages must read back exactly as written.
import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { compile } from "@mdx-js/mdx";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { mdxToJs } from "satteri";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runIngest } from "../../scripts/ingest/pipeline";
import { compareCodePoints } from "../../src/lib/order";
import { deriveCorpus } from "../../src/lib/derive-corpus";
import {
  CATALOGUE_FILE,
  CORPUS_FILE,
  SEARCH_INDEX_FILE,
  SEARCH_RECORDS_FILE,
  SLUGS_FILE,
} from "../../src/lib/project-files";
import { shippedTaxonomy } from "./support/shipped-taxonomy";
import { paperSchema } from "../../src/schema/paper";
import { runFixture, splitPage } from "./support/ingest-fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIGESTS = path.join(ROOT, "content/digests");
/** The files the CLI reads: regular, non-hidden files of the folder. */
const digestFiles = readdirSync(DIGESTS, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
  .map((entry) => entry.name)
  .sort();
const corpus = runIngest(
  digestFiles.map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(DIGESTS, file))) })),
);
const papers = corpus.pages.map((page) => paperSchema.parse(parse(splitPage(page.content).yaml)));

/** Imports and exports a compiled page may have: the JSX runtime and the component itself. */
function foreignStatements(code: string): string[] {
  return code
    .split("\n")
    .filter((line) => /^\s*(import|export)\b/.test(line))
    .filter((line) => !/react\/jsx-runtime|astro\/jsx-runtime/.test(line) && !/^export default\b/.test(line));
}

async function expectCompilesInert(content: string): Promise<void> {
  const satteri = mdxToJs(content);
  expect(foreignStatements(satteri.code)).toEqual([]);
  const reference = String(await compile(splitPage(content).body));
  expect(foreignStatements(reference)).toEqual([]);
  // An expression compiles to bare `props.secret`; as text it keeps its braces inside a string literal.
  for (const code of [satteri.code, reference])
    expect(code.replaceAll("{props.secret}", "")).not.toContain("props.secret");
}

describe("bundled corpus", () => {
  it("reads every digest in the folder, each in a known layout with entries", () => {
    expect(digestFiles.length, "content/digests holds no digest").toBeGreaterThan(0);
    expect(corpus.report.digests.map((digest) => digest.file)).toEqual(digestFiles);
    for (const digest of corpus.report.digests) {
      expect(digest.skipped, `${digest.file} was skipped`).toBeUndefined();
      expect(["A", "B", "C"], digest.file).toContain(digest.layout);
      expect(digest.entries, digest.file).toBeGreaterThan(0);
    }
    expect(corpus.report.invariant.holds, corpus.report.invariant.statement).toBe(true);
  });

  it("accounts for every entry of every digest from the pages and rejects, not from the report's counts", () => {
    const published = new Map<string, number[]>();
    for (const paper of papers)
      for (const { digest, position } of paper.appearances)
        published.set(digest, [...(published.get(digest) ?? []), position]);
    for (const digest of corpus.digests) {
      const rejected = corpus.report.rejects.filter((reject) => reject.file === digest.file);
      for (const reject of rejected) expect(reject.reason, `${digest.file}:${reject.line}`).not.toBe("");
      const positions = published.get(digest.id) ?? [];
      expect(new Set(positions).size, `${digest.file}: an entry on two pages`).toBe(positions.length);
      expect(positions.length + rejected.length, digest.file).toBe(digest.entries.length);
    }
    const appearances = [...published.values()].reduce((sum, positions) => sum + positions.length, 0);
    expect(corpus.report.totals.duplicatesMerged).toBe(appearances - papers.length);
  });

  it("every page validates against the shared schema, read by Astro's frontmatter parser", () => {
    corpus.pages.forEach((page, i) => {
      const data = paperSchema.parse(parseFrontmatter(page.content).frontmatter);
      expect(data).toEqual(papers[i]);
      expect(data.slug).toBe(page.slug);
    });
  });

  it("every page compiles with satteri and @mdx-js/mdx", async () => {
    for (const page of corpus.pages) await expectCompilesInert(page.content);
  });

  it("hostile text compiles to inert text in both compilers", async () => {
    const hostile = runFixture("hostile");
    expect(hostile.pages.length).toBeGreaterThan(0);
    for (const page of hostile.pages) await expectCompilesInert(page.content);
    const scriptPage = hostile.pages.find((page) => page.slug.startsWith("script-alert"));
    const satteri = mdxToJs(scriptPage?.content ?? "");
    expect(satteri.code).toContain("import fs from 'node:fs'");
    expect(satteri.code).toContain("alert('abstract')");
    expect(satteri.code).not.toMatch(/_jsxs?\(\s*"(script|img)"|_components\.(script|img)/);
  });

  it("writes the same bytes from a fresh process in another time zone and locale", () => {
    const work = mkdtempSync(path.join(tmpdir(), "lectern-corpus-"));
    try {
      const digests = path.join(work, "digests");
      const out = path.join(work, "papers");
      const report = path.join(work, "report.json");
      mkdirSync(digests);
      for (const file of [...digestFiles].reverse()) copyFileSync(path.join(DIGESTS, file), path.join(digests, file));
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", "scripts/ingest.ts", "--digests", digests, "--out", out, "--report", report, "--quiet"],
        {
          cwd: ROOT,
          encoding: "utf8",
          env: { ...process.env, TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" },
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const pageFiles = corpus.pages.map((page) => `${page.slug}.mdx`);
      expect(readdirSync(out).sort()).toEqual(
        [...pageFiles, CATALOGUE_FILE, SLUGS_FILE, CORPUS_FILE, SEARCH_RECORDS_FILE, SEARCH_INDEX_FILE].sort(
          compareCodePoints,
        ),
      );
      for (const page of corpus.pages)
        expect(readFileSync(path.join(out, `${page.slug}.mdx`), "utf8"), page.slug).toBe(page.content);
      expect(JSON.parse(readFileSync(path.join(out, "digests.json"), "utf8"))).toEqual(corpus.digests);
      expect(JSON.parse(readFileSync(report, "utf8"))).toEqual(corpus.report);
      const { corpus: derived } = deriveCorpus(
        corpus.pages.map((page) => page.data),
        corpus.digests,
        shippedTaxonomy(),
      );
      const written = JSON.parse(readFileSync(path.join(out, CORPUS_FILE), "utf8")) as { indexVersion: string };
      expect(written).toEqual({ ...derived, indexVersion: expect.stringMatching(/^[0-9a-f]{12}$/) as unknown });
      const manifest = JSON.parse(readFileSync(path.join(out, SEARCH_INDEX_FILE), "utf8")) as {
        indexVersion: string;
        papers: number;
        shards: { papers: number }[];
      };
      expect(manifest.indexVersion).toBe(written.indexVersion);
      expect(manifest.papers).toBe(corpus.pages.length);
      expect(manifest.shards.reduce((sum, shard) => sum + shard.papers, 0)).toBe(corpus.pages.length);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
