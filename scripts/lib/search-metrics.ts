/**
 * Search cost of a built site, measured the way a reader pays it: Pagefind bundle size on disk, bytes fetched
 * by a first query in a fresh Chromium (JS + wasm + meta + index chunks + the first 10 result fragments), and
 * the median time of later queries. Shared by `npm run bench:search` and the benchmark suite.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";
import { startStaticServer } from "../../tests/e2e/support/static-server";

export interface IndexStats {
  /** Every file Pagefind wrote, including its unused UI bundles. */
  files: number;
  bytes: number;
  /** What search actually loads from: runtime, wasm, meta, index, filter and fragment files. */
  runtimeFiles: number;
  runtimeBytes: number;
}

export interface FirstQueryCost {
  query: string;
  requests: number;
  /** Uncompressed bytes, as a local server sends them. */
  bytes: number;
  /** The same files gzipped, close to what GitHub Pages transfers. */
  gzipBytes: number;
  byKind: Record<string, number>;
}

export interface SearchMetrics {
  index: IndexStats;
  firstQuery: FirstQueryCost;
  /** Median over `queries` of search + loading the first 10 results' data, after the first query. */
  medianLatencyMs: number;
  latenciesMs: number[];
}

export const defaultQueries = [
  "mixture of experts",
  "quantization",
  "graph neural network",
  "diffusion",
  "federated learning",
  "speculative decoding",
  "pruning",
  "time series",
  "reinforcement learning",
  "state space model",
];

const isRuntimeFile = (file: string): boolean =>
  !/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file) && file !== "wasm.unknown.pagefind";

export const measureIndex = async (siteDir: string): Promise<IndexStats> => {
  const bundle = join(siteDir, "pagefind");
  const files = (await readdir(bundle, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const stats = { files: 0, bytes: 0, runtimeFiles: 0, runtimeBytes: 0 };
  for (const entry of files) {
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    stats.files += 1;
    stats.bytes += size;
    if (isRuntimeFile(relative(bundle, path))) {
      stats.runtimeFiles += 1;
      stats.runtimeBytes += size;
    }
  }
  return stats;
};

const kindOf = (url: string): string => {
  if (url.endsWith(".js")) return "js";
  if (url.endsWith(".pagefind")) return "wasm";
  if (url.includes(".pf_meta") || url.includes("pagefind-entry.json")) return "meta";
  if (url.includes(".pf_fragment")) return "fragments";
  return url.includes(".pf_filter") ? "filters" : "index";
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Runs in the page: loads Pagefind, then times `search` plus the first 10 results' data for each query. */
const runQueries = async ([bundleUrl, queries]: [string, string[]]): Promise<number[]> => {
  interface Api {
    init(): Promise<void>;
    search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
  }
  const pagefind = (await import(bundleUrl)) as Api;
  await pagefind.init();
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    const { results } = await pagefind.search(query);
    await Promise.all(results.slice(0, 10).map((result) => result.data()));
    times.push(performance.now() - start);
  }
  return times;
};

export const measureSearch = async (
  siteDir: string,
  basePath = "/",
  queries: readonly string[] = defaultQueries,
): Promise<SearchMetrics> => {
  const [firstQuery = "mixture of experts", ...laterQueries] = queries;
  const server = await startStaticServer({ root: siteDir, base: basePath });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // A fresh context with service workers blocked, so only what the first query needs is fetched.
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server.url}404.html`);
    const fetched: string[] = [];
    // On the context, so requests from Pagefind's web worker are counted too.
    context.on("requestfinished", (request) => {
      if (request.url().includes("/pagefind/")) fetched.push(request.url());
    });
    const bundleUrl = `${server.url}pagefind/pagefind.js`;
    await page.evaluate(runQueries, [bundleUrl, [firstQuery]] as [string, string[]]);
    const firstCost: FirstQueryCost = { query: firstQuery, requests: 0, bytes: 0, gzipBytes: 0, byKind: {} };
    for (const url of fetched) {
      const file = join(siteDir, decodeURIComponent(new URL(url).pathname.slice(basePath.length)));
      const content = await readFile(file);
      firstCost.requests += 1;
      firstCost.bytes += content.length;
      firstCost.gzipBytes += gzipSync(content).length;
      const kind = kindOf(url);
      firstCost.byKind[kind] = (firstCost.byKind[kind] ?? 0) + content.length;
    }
    const latenciesMs = await page.evaluate(runQueries, [bundleUrl, laterQueries] as [string, string[]]);
    await context.close();
    return {
      index: await measureIndex(siteDir),
      firstQuery: firstCost,
      medianLatencyMs: median(latenciesMs),
      latenciesMs,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
};
