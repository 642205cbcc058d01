/**
 * `tsx scripts/finish-build.ts [--site DIR]`, the last step of `npm run build`: completes a build whose search index
 * Astro left for after it exits (corpora above `PARALLEL_INDEX_MAX_PAPERS`, see scripts/astro/pagefind.ts) by
 * writing the Pagefind bundle and then the service worker that lists it. For a build that already has its bundle
 * (every smaller corpus) it does nothing.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { papersDir } from "../src/lib/project-files";
import { indexPapers } from "./search-index/write-index";
import { describeOfflineBuild, writeServiceWorker } from "./astro/offline";
import { pagefindBundleDir } from "./astro/pagefind";

/** The project this script belongs to: content paths are relative to it, wherever the command is run from. */
const root = fileURLToPath(new URL("..", import.meta.url));

try {
  const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
  const site = resolve(values.site);
  if (!existsSync(join(site, "index.html"))) throw new Error(`${site} holds no built site; run astro build first`);
  const bundle = join(site, pagefindBundleDir);
  if (existsSync(join(bundle, "pagefind-entry.json"))) {
    console.log(`${bundle} is already built`);
  } else {
    const pages = await indexPapers(resolve(root, papersDir(process.env)), bundle);
    const offline = await writeServiceWorker(site);
    console.log(`indexed ${pages} papers into ${bundle}; ${describeOfflineBuild(offline)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
