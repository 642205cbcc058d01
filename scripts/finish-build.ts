/**
 * `tsx scripts/finish-build.ts [--site DIR]`, the last step of `npm run build`: completes a build whose search index
 * Astro left for after it exits (corpora above `PARALLEL_INDEX_MAX_PAPERS`, see scripts/astro/pagefind.ts) by
 * writing the search shards and then the service worker that lists them. For a build that already has its shards
 * (every smaller corpus) it does nothing.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { papersFolder } from "../src/lib/project-files";
import { describeIndex, indexShards, publishShards, shardStore } from "./search-index/write-index";
import { writeServiceWorker } from "./astro/offline";
import { pagefindBundleDir, searchIndexManifest } from "./astro/pagefind";

/** The project this script belongs to: content paths are relative to it, wherever the command is run from. */
const root = fileURLToPath(new URL("..", import.meta.url));

try {
  const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
  const site = resolve(values.site);
  if (!existsSync(join(site, "index.html"))) throw new Error(`${site} holds no built site; run astro build first`);
  const bundle = join(site, pagefindBundleDir);
  const manifest = await searchIndexManifest(root);
  if (manifest.shards.every((shard) => existsSync(join(bundle, shard.id, "pagefind-entry.json")))) {
    console.log(`${bundle} is already built`);
  } else {
    // The same store the Astro integration uses (Astro's cache folder), so unchanged shards are reused here too.
    const store = shardStore(resolve(root, process.env["ASTRO_CACHE_DIR"] || "node_modules/.astro"));
    const summary = await indexShards(papersFolder(root, process.env), store);
    await publishShards(manifest, store, bundle);
    const counts = await writeServiceWorker(site, manifest.indexVersion);
    console.log(
      `${describeIndex(summary)} into ${bundle}; service worker: ${counts.core} files on first visit, ` +
        `${counts.papers} papers on "Save for offline"`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
