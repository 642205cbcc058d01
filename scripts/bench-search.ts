/**
 * `npm run bench:search [-- --site DIR]`: the Pagefind index size and what a first query costs in Chromium, with
 * the same measurement `npm run bench` uses. Without --site it ingests and builds the bundled corpus into a
 * scratch folder (its own Astro cache), never touching dist/.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { indexStats } from "./bench/search/index-stats";
import { measureSearch, type FirstQuery } from "./bench/search/measure-search";

const { values } = parseArgs({ options: { site: { type: "string" } } });

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

const buildScratchSite = (): string => {
  const outDir = resolve("node_modules/.cache/lectern-bench-search/site");
  const env = {
    ...process.env,
    BASE_PATH: "/",
    ASTRO_CACHE_DIR: resolve("node_modules/.cache/lectern-bench-search/astro"),
  };
  for (const [command, args] of [
    ["npm", ["run", "--silent", "ingest"]],
    ["npx", ["astro", "build", "--silent", "--outDir", outDir]],
  ] as const) {
    const result = spawnSync(command, args, { env, stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with exit ${String(result.status)}`);
  }
  return outDir;
};

const site = values.site ? resolve(values.site) : buildScratchSite();
const index = indexStats(join(site, "pagefind"));
const metrics = await measureSearch(site);

console.log(`Pagefind index (${site}/pagefind): ${index.files} files, ${kb(index.bytes)}`);
const kinds = (query: FirstQuery): string =>
  Object.entries(query.byKind)
    .map(([kind, { files, bytes }]) => `${kind} ${kb(bytes)} (${files})`)
    .join(", ");
console.log("First query in a fresh Chromium context (JS + wasm + meta + index chunks + first 10 fragments):");
for (const query of metrics.firstQueries) {
  console.log(
    `  "${query.query}": ${query.requests} requests, ${kb(query.transferBytes)} transferred, ${query.results} results`,
  );
  console.log(`    ${kinds(query)}`);
}
console.log("The same on the search page (results, filter counts and 20 fragments):");
for (const query of metrics.pageFirstQueries) {
  console.log(`  "${query.query}": ${query.requests} requests, ${kb(query.transferBytes)} transferred`);
  console.log(`    ${kinds(query)}`);
}
console.log(
  `Median warm query latency (search + first 10 results, ${metrics.warmSamples} runs): ${metrics.warmMedianMs.toFixed(1)} ms`,
);
