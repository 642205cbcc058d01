/**
 * `tsx scripts/search-index.ts --store DIR [--out DIR] [--papers DIR]`: brings the shard store up to date with the
 * search records the ingest wrote beside the paper pages (only changed shards are indexed), then, with `--out`, puts
 * the shards there. The Astro build starts it as a child process so indexing runs on another core while pages
 * render, and publishes the shards itself when the build is done (scripts/astro/pagefind.ts).
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { papersFolder } from "../src/lib/project-files";
import { readSearchIndexManifest } from "./search-index/manifest";
import { describeIndex, indexShards, publishShards } from "./search-index/write-index";

/** The project this script belongs to: the default papers folder is resolved from it, wherever it is run from. */
const root = fileURLToPath(new URL("..", import.meta.url));

const USAGE = "usage: tsx scripts/search-index.ts --store DIR [--out DIR] [--papers DIR]";

try {
  const { values } = parseArgs({
    options: { store: { type: "string" }, out: { type: "string" }, papers: { type: "string" } },
  });
  if (values.store === undefined) throw new Error(`--store is required\n${USAGE}`);
  const papers = values.papers === undefined ? papersFolder(root, process.env) : resolve(values.papers);
  const summary = await indexShards(papers, values.store);
  if (values.out !== undefined) await publishShards(await readSearchIndexManifest(papers), values.store, values.out);
  console.log(describeIndex(summary));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
