/**
 * `tsx scripts/finish-build.ts [--site DIR] [--publish DIR]`, the last step of `npm run build`: completes a build
 * whose search index Astro left for after it exits (corpora above `PARALLEL_INDEX_MAX_PAPERS`, see
 * scripts/astro/pagefind.ts) by writing the search shards and then the service worker that lists them; a build that
 * has its shards already (every smaller corpus) needs nothing more. With `--publish`, the finished site then
 * replaces that folder (`npm run build` builds into a staging folder, so a failed build never touches `dist/`).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { papersFolder } from "../src/lib/project-files";
import { describeIndex, indexShards, publishShards, shardStore } from "./search-index/write-index";
import { describeOfflineBuild, revisionCacheIn, writeServiceWorker } from "./astro/offline";
import { pagefindBundleDir, searchIndexManifest } from "./astro/pagefind";
import { publishSite } from "./lib/publish-site";

/** The project this script belongs to: content paths are relative to it, wherever the command is run from. */
const root = fileURLToPath(new URL("..", import.meta.url));

/** Bytes of every file below `folder`. */
function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

try {
  const { values } = parseArgs({
    options: { site: { type: "string", default: "dist" }, publish: { type: "string" } },
  });
  const site = resolve(values.site);
  if (!existsSync(join(site, "index.html"))) throw new Error(`${site} holds no built site; run astro build first`);
  const bundle = join(site, pagefindBundleDir);
  const manifest = await searchIndexManifest(root);
  if (!manifest.shards.every((shard) => existsSync(join(bundle, shard.id, "pagefind-entry.json")))) {
    // The same store the Astro integration uses (Astro's cache folder), so unchanged shards are reused here too.
    const cacheDir = resolve(root, process.env["ASTRO_CACHE_DIR"] || "node_modules/.astro");
    const store = shardStore(cacheDir);
    const summary = await indexShards(papersFolder(root, process.env), store);
    await publishShards(manifest, store, bundle);
    const offline = await writeServiceWorker(site, process.env, revisionCacheIn(cacheDir));
    console.log(`${describeIndex(summary)}; ${describeOfflineBuild(offline)}`);
  }
  const indexSize = megabytes(folderBytes(bundle));
  const siteSize = megabytes(folderBytes(site));
  const target = values.publish === undefined ? site : resolve(values.publish);
  if (target !== site) publishSite(site, target);
  console.log(
    `site ready in ${relative(process.cwd(), target) || "."}/: ${siteSize}, search index ${indexSize} in ${pagefindBundleDir}/`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
