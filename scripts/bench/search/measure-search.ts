/**
 * Pagefind as a reader meets it, in Chromium: for each query a cold browser context loads the site, imports
 * Pagefind from the first search shard, merges the others (as the search page does, with its index version as the
 * cache tag) and runs the query, loading the first 10 result fragments; every /pagefind/ request is counted with its
 * transfer size. Then warm latency: the same queries repeated in one page, search plus first 10 fragments.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../lib/chromium";
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
  ms: number;
}

export interface SearchMetrics {
  firstQueries: FirstQuery[];
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
        await pagefind.options(options);
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

export async function measureSearch(distDir: string, queries = REALISTIC_QUERIES): Promise<SearchMetrics> {
  const index = builtIndex(distDir);
  const server = await serveDist(distDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const firstQueries: FirstQuery[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const files: string[] = [];
      page.on("requestfinished", (request) => {
        const { pathname } = new URL(request.url());
        const file = pathname.startsWith("/pagefind/") ? fileForPath(distDir, pathname) : undefined;
        if (file !== undefined) files.push(file);
      });
      await page.goto(`${server.url}/`);
      const { results, ms } = await runQuery(page, index, query);
      await page.waitForLoadState("networkidle");
      const bytes = files.reduce((sum, file) => sum + transferBytes(file), 0);
      firstQueries.push({ query, results, requests: files.length, transferBytes: bytes, ms });
      await context.close();
    }
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    for (const query of queries) await runQuery(page, index, query);
    const samples: number[] = [];
    for (let i = 0; i < WARM_REPEATS; i++)
      for (const query of queries) samples.push((await runQuery(page, index, query)).ms);
    return { firstQueries, warmMedianMs: median(samples), warmSamples: samples.length };
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
