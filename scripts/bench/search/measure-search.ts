/**
 * Pagefind as a reader meets it, in Chromium: for each query a cold browser context loads the site, imports
 * Pagefind from the first search shard, merges the others (as the search page does, with its index version as the
 * cache tag) and runs the query, loading the first 10 result fragments; every /pagefind/ request is counted with its
 * transfer size. Then the same query on the search page itself (`search/?q=…`, counted until its results and
 * filter counts show), which also loads every filter file for its facet counts and a first page of 20 results.
 * Then warm latency: the same queries repeated in one page, search plus first 10 fragments.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../lib/chromium";
import { bytesByKind, type FileKind, type KindBytes } from "./file-kinds";
import { fileForPath, serveDist } from "./serve-dist";
import { transferBytes } from "./transfer-size";

export const REALISTIC_QUERIES = [
  "transformer",
  "large language models",
  "diffusion",
  "mixture of experts",
  "quantization",
];

const WARM_REPEATS = 7;

export interface FirstQuery {
  query: string;
  results: number;
  requests: number;
  /** Sum of transfer sizes (gzip for text, stored size for Pagefind's pre-compressed files). */
  transferBytes: number;
  /** The same bytes by kind of Pagefind file. */
  byKind: Partial<Record<FileKind, KindBytes>>;
  ms: number;
}

export interface SearchMetrics {
  firstQueries: FirstQuery[];
  /** The same queries on the search page: results, filter counts and all. */
  pageFirstQueries: FirstQuery[];
  warmMedianMs: number;
  warmSamples: number;
}

interface BuiltIndex {
  version: string;
  shards: string[];
}

/** The index version and shards the built search page names (`data-index-version`, `data-index-shards`). */
export function builtIndex(distDir: string): BuiltIndex {
  const html = readFileSync(join(distDir, "search/index.html"), "utf8");
  const version = /data-index-version="([^"]*)"/.exec(html)?.[1] ?? "";
  const shards = (/data-index-shards="([^"]*)"/.exec(html)?.[1] ?? "").split(" ").filter(Boolean);
  if (shards.length === 0) throw new Error(`${distDir}/search/index.html names no search shards`);
  return { version, shards };
}

/** Runs in the page: loading the shards (once per page), then the query and its first 10 fragments, timed. */
async function runQuery(page: Page, index: BuiltIndex, query: string): Promise<{ results: number; ms: number }> {
  return page.evaluate(
    async ({ text, version, shards }) => {
      type Pagefind = {
        options(options: object): Promise<void>;
        mergeIndex(path: string, options: object): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
      };
      const options = { metaCacheTag: version, excerptLength: 28 };
      const scope = window as unknown as { lecternBenchPagefind?: Pagefind };
      let pagefind = scope.lecternBenchPagefind;
      const started = performance.now();
      if (pagefind === undefined) {
        const [first, ...others] = shards;
        pagefind = (await import(`/pagefind/${first}/pagefind.js`)) as Pagefind;
        await pagefind.options({ ...options, noWorker: true });
        const runtime = pagefind;
        await Promise.all(others.map((shard) => runtime.mergeIndex(`/pagefind/${shard}/`, options)));
        scope.lecternBenchPagefind = pagefind;
      }
      const search = await pagefind.search(text);
      await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
      return { results: search.results.length, ms: performance.now() - started };
    },
    { text: query, ...index },
  );
}

/** Every /pagefind/ file a page fetches, in a list that grows as the page runs. */
function pagefindFiles(page: Page, distDir: string): string[] {
  const files: string[] = [];
  page.on("requestfinished", (request) => {
    const { pathname } = new URL(request.url());
    const file = pathname.startsWith("/pagefind/") ? fileForPath(distDir, pathname) : undefined;
    if (file !== undefined) files.push(file);
  });
  return files;
}

function firstQuery(query: string, files: readonly string[], results: number, ms: number): FirstQuery {
  const sized = files.map((file) => ({ file, bytes: transferBytes(file) }));
  const bytes = sized.reduce((sum, file) => sum + file.bytes, 0);
  return { query, results, requests: files.length, transferBytes: bytes, byKind: bytesByKind(sized), ms };
}

/** The search page answering `query` in a cold context: until it is no longer busy (results and counts shown). */
async function searchPageQuery(browser: Browser, url: string, distDir: string, query: string): Promise<FirstQuery> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const files = pagefindFiles(page, distDir);
    const started = performance.now();
    await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-root][aria-busy="false"]').waitFor({ timeout: 120_000 });
    const ms = performance.now() - started;
    await page.waitForLoadState("networkidle");
    return firstQuery(query, files, await page.locator("[data-search-results] > li").count(), ms);
  } finally {
    await context.close();
  }
}

export async function measureSearch(distDir: string, queries = REALISTIC_QUERIES): Promise<SearchMetrics> {
  const index = builtIndex(distDir);
  const server = await serveDist(distDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const firstQueries: FirstQuery[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const files = pagefindFiles(page, distDir);
      await page.goto(`${server.url}/`);
      const { results, ms } = await runQuery(page, index, query);
      await page.waitForLoadState("networkidle");
      firstQueries.push(firstQuery(query, files, results, ms));
      await context.close();
    }
    const pageFirstQueries: FirstQuery[] = [];
    for (const query of queries) pageFirstQueries.push(await searchPageQuery(browser, server.url, distDir, query));
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    for (const query of queries) await runQuery(page, index, query);
    const samples: number[] = [];
    for (let i = 0; i < WARM_REPEATS; i++)
      for (const query of queries) samples.push((await runQuery(page, index, query)).ms);
    return { firstQueries, pageFirstQueries, warmMedianMs: median(samples), warmSamples: samples.length };
  } finally {
    await browser.close();
    await server.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
