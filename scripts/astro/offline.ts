/**
 * Offline support at build time: after the build, a `sw.js` at the base that precaches the app shell (Workbox
 * injectManifest, one content revision per file) and two optional downloads, the search index and the paper
 * pages, whose file lists go to separate hashed JSON files under `offline/` that the worker fetches only when a
 * reader asks. A rebuild changes `sw.js` exactly when a listed file changes, and the new worker fetches only the
 * files whose revision changed. Must run after the Pagefind integration, whose bundle it lists.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { injectManifest, type ManifestTransform } from "workbox-build";
import type {
  OfflineFile,
  OfflineSetManifest,
  OfflineSetName,
  OfflineSets,
  OfflineSetSummary,
} from "../../src/lib/offline/offline-sets";
import { wholeNumberSetting } from "../../src/lib/env-setting";
import { compareCodePoints } from "../../src/lib/order";
import { offlineRoleOf, urlOfFile } from "./offline-files";
import { offlineRevisions, type RevisedFile } from "./offline-revisions";
import { indexDeferred } from "./pagefind";

const serviceWorkerSource = fileURLToPath(new URL("../../src/browser/offline/service-worker.ts", import.meta.url));

/**
 * The whole search index is stored without asking up to this size (the bundled corpus's is well under it); above
 * it, storing it is one button on the search page. `LECTERN_OFFLINE_SEARCH_AUTOMATIC_BYTES` overrides it.
 */
export const SEARCH_AUTOMATIC_MAX_BYTES = 1_500_000;

/** Folder (under the base) of the optional downloads' file lists. */
export const OFFLINE_MANIFEST_DIR = "offline";

/** Revisions are content hashes; 12 hex digits keep a 50k-paper file list small with no practical collision. */
const REVISION_LENGTH = 12;

/**
 * What Workbox lists in `sw.js`: the shell. Narrow patterns, so its glob and hashing touch the few shell files and
 * not the search index chunks beside the Pagefind runtime; `offlineRoleOf` decides in the end.
 */
const shellGlobs = [
  "_astro/**/*",
  "index.html",
  "search/index.html",
  "library/index.html",
  "favicon.svg",
  "pagefind/**/{pagefind.js,pagefind-worker.js,pagefind-entry.json}",
];

/**
 * Keeps the shell files of Workbox's list. Sorted, because the glob's order follows the file system's and the
 * output must be byte-identical on every machine.
 */
const keepShell: ManifestTransform = (entries) =>
  Promise.resolve({
    manifest: entries
      .filter((entry) => offlineRoleOf(entry.url) === "shell")
      .sort((a, b) => compareCodePoints(a.url, b.url)),
    warnings: [],
  });

const contentHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 10);

const searchAutomaticMaxBytes = (env: NodeJS.ProcessEnv): number =>
  wholeNumberSetting(env, "LECTERN_OFFLINE_SEARCH_AUTOMATIC_BYTES", SEARCH_AUTOMATIC_MAX_BYTES, {
    min: 0,
    unit: "bytes",
  });

/** Writes the file list of one optional download; returns what `sw.js` is told about it. */
const writeOfflineSet = async (
  outDir: string,
  name: OfflineSetName,
  revised: readonly RevisedFile[],
  automaticMaxBytes: number,
): Promise<OfflineSetSummary> => {
  const files: OfflineFile[] = revised
    .filter((file) => file.role === name)
    .map((file) => [urlOfFile(file.path), file.revision.slice(0, REVISION_LENGTH), file.size]);
  const manifest: OfflineSetManifest = { files };
  const json = JSON.stringify(manifest);
  const url = `${OFFLINE_MANIFEST_DIR}/${name}.${contentHash(json)}.json`;
  await writeFile(join(outDir, url), json);
  const bytes = files.reduce((sum, [, , size]) => sum + size, 0);
  return { manifest: url, files: files.length, bytes, automatic: bytes <= automaticMaxBytes };
};

/** The worker is a classic script (module workers are not universal): one minified bundle with its Workbox modules. */
const bundleWorker = async (sets: OfflineSets): Promise<string> => {
  const { outputFiles } = await build({
    entryPoints: [serviceWorkerSource],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2022",
    write: false,
    logLevel: "silent",
    // Workbox keeps its development logging behind NODE_ENV.
    define: { "process.env.NODE_ENV": '"production"', LECTERN_OFFLINE_SETS: JSON.stringify(sets) },
  });
  const [bundle] = outputFiles;
  if (!bundle) throw new Error("the service worker bundle came out empty");
  return bundle.text;
};

export interface OfflineBuildSummary {
  shell: { files: number; bytes: number };
  sets: OfflineSets;
  serviceWorkerBytes: number;
}

/** `revisionCache`: where to keep the files' revisions for the next build (see offline-revisions.ts). */
export const writeServiceWorker = async (
  outDir: string,
  env: NodeJS.ProcessEnv = process.env,
  revisionCache?: string,
): Promise<OfflineBuildSummary> => {
  const manifestDir = join(outDir, OFFLINE_MANIFEST_DIR);
  // Lists of an earlier build in the same folder would pile up: each has a new hashed name.
  await rm(manifestDir, { recursive: true, force: true });
  await mkdir(manifestDir, { recursive: true });
  const automaticMaxBytes = searchAutomaticMaxBytes(env);
  const revised = await offlineRevisions(outDir, revisionCache);
  const sets: OfflineSets = {
    search: await writeOfflineSet(outDir, "search", revised, automaticMaxBytes),
    // Paper pages are the bulk of a site: stored only when the reader asks, whatever their size.
    papers: await writeOfflineSet(outDir, "papers", revised, -1),
  };
  const scratch = await mkdtemp(join(tmpdir(), "lectern-sw-"));
  try {
    const swSrc = join(scratch, "sw.js");
    await writeFile(swSrc, await bundleWorker(sets));
    const swDest = join(outDir, "sw.js");
    const { count, size } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: outDir,
      globPatterns: shellGlobs,
      manifestTransforms: [keepShell],
      maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    });
    return { shell: { files: count, bytes: size }, sets, serviceWorkerBytes: (await stat(swDest)).size };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
};

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** One log line on what a reader's browser stores when. */
export const describeOfflineBuild = ({ shell, sets, serviceWorkerBytes }: OfflineBuildSummary): string =>
  `service worker (${(serviceWorkerBytes / 1000).toFixed(1)} KB): ${shell.files} shell files, ${megabytes(shell.bytes)}, ` +
  `on first visit; search index ${megabytes(sets.search.bytes)} ${sets.search.automatic ? "with it" : "on request"}; ` +
  `${sets.papers.files} papers, ${megabytes(sets.papers.bytes)}, on "Save all papers for offline"`;

/** Where a build keeps the revisions of its offline files for the next one, in Astro's cache folder. */
export const revisionCacheIn = (cacheDir: string): string => join(cacheDir, "offline-revisions.json");

export default function offline(): AstroIntegration {
  let revisionCache: string | undefined;
  return {
    name: "lectern:offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        revisionCache = revisionCacheIn(fileURLToPath(config.cacheDir));
      },
      "astro:build:done": async ({ dir, logger }) => {
        // The worker lists the search bundle; when that comes later, scripts/finish-build.ts writes the worker.
        if (indexDeferred()) return;
        logger.info(describeOfflineBuild(await writeServiceWorker(fileURLToPath(dir), process.env, revisionCache)));
      },
    },
  };
}
