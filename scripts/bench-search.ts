/**
 * `npm run bench:search [-- --site DIR --base /lectern/]`: prints the Pagefind index size and what a first
 * query costs in Chromium. Without --site it runs the ingest and builds a fresh site into a scratch folder
 * (its own Astro cache), never touching dist/.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { measureSearch } from "./lib/search-metrics";

const { values } = parseArgs({
  options: { site: { type: "string" }, base: { type: "string", default: "/" } },
});

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

const buildScratchSite = (base: string): string => {
  const outDir = resolve("node_modules/.cache/lectern-bench-search/site");
  const env = {
    ...process.env,
    BASE_PATH: base,
    ASTRO_CACHE_DIR: resolve("node_modules/.cache/lectern-bench-search/astro"),
  };
  for (const [command, args] of [
    ["npm", ["run", "--silent", "ingest"]],
    ["npx", ["astro", "build", "--silent", "--outDir", outDir]],
  ] as const) {
    const result = spawnSync(command, args, { env, stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with exit ${result.status}`);
  }
  return outDir;
};

const base = values.base;
const site = values.site ? resolve(values.site) : buildScratchSite(base);
const metrics = await measureSearch(site, base);
const { index, firstQuery } = metrics;

console.log(`Pagefind index (${site}/pagefind)`);
console.log(`  all files      ${index.files} files, ${kb(index.bytes)}`);
console.log(`  used by search ${index.runtimeFiles} files, ${kb(index.runtimeBytes)}`);
console.log(`First query "${firstQuery.query}" in a fresh Chromium (JS + wasm + meta + chunks + 10 fragments)`);
console.log(`  ${firstQuery.requests} requests, ${kb(firstQuery.bytes)} (${kb(firstQuery.gzipBytes)} gzipped)`);
for (const [kind, bytes] of Object.entries(firstQuery.byKind)) console.log(`    ${kind.padEnd(10)} ${kb(bytes)}`);
console.log(`Median query latency (search + first 10 results' data, ${metrics.latenciesMs.length} queries, warm)`);
console.log(`  ${metrics.medianLatencyMs.toFixed(1)} ms`);
