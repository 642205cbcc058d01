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
import { getManifest, injectManifest, type ManifestTransform } from "workbox-build";
import type {
  OfflineFile,
  OfflineSetManifest,
  OfflineSetName,
  OfflineSets,
  OfflineSetSummary,
} from "../../src/lib/offline/offline-sets";
import { wholeNumberSetting } from "../../src/lib/env-setting";
import { compareCodePoints } from "../../src/lib/order";
import { offlineRoleOf, urlOfFile, type OfflineRole } from "./offline-files";
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

const globsOf: Record<OfflineRole, string[]> = {
  shell: ["_astro/**/*", "index.html", "search/index.html", "favicon.svg", "pagefind/**/*"],
  search: ["pagefind/**/*.{pf_index,pf_fragment,pf_filter}"],
  papers: ["papers/*/index.html"],
};

/**
 * Keeps the files of one role, with their size; Workbox has hashed each one. Sorted, because the glob's order
 * follows the file system's and the output must be byte-identical on every machine.
 */
const keepRole =
  (role: OfflineRole, files: OfflineFile[] = []): ManifestTransform =>
  (entries) => {
    const kept = entries
      .filter((entry) => offlineRoleOf(entry.url) === role)
      .sort((a, b) => compareCodePoints(a.url, b.url));
    for (const entry of kept)
      files.push([urlOfFile(entry.url), (entry.revision ?? "").slice(0, REVISION_LENGTH), entry.size]);
    return Promise.resolve({ manifest: kept, warnings: [] });
  };

const contentHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 10);

const searchAutomaticMaxBytes = (env: NodeJS.ProcessEnv): number =>
  wholeNumberSetting(env, "LECTERN_OFFLINE_SEARCH_AUTOMATIC_BYTES", SEARCH_AUTOMATIC_MAX_BYTES, {
    min: 0,
    unit: "bytes",
  });

/** Lists one optional download and writes its file list; returns what `sw.js` is told about it. */
const writeOfflineSet = async (
  outDir: string,
  name: OfflineSetName,
  automaticMaxBytes: number,
): Promise<OfflineSetSummary> => {
  const files: OfflineFile[] = [];
  await getManifest({
    globDirectory: outDir,
    globPatterns: globsOf[name],
    manifestTransforms: [keepRole(name, files)],
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
  });
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

export const writeServiceWorker = async (
  outDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OfflineBuildSummary> => {
  const manifestDir = join(outDir, OFFLINE_MANIFEST_DIR);
  // Lists of an earlier build in the same folder would pile up: each has a new hashed name.
  await rm(manifestDir, { recursive: true, force: true });
  await mkdir(manifestDir, { recursive: true });
  const automaticMaxBytes = searchAutomaticMaxBytes(env);
  const sets: OfflineSets = {
    search: await writeOfflineSet(outDir, "search", automaticMaxBytes),
    // Paper pages are the bulk of a site: stored only when the reader asks, whatever their size.
    papers: await writeOfflineSet(outDir, "papers", -1),
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
      globPatterns: globsOf.shell,
      manifestTransforms: [keepRole("shell")],
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

export default function offline(): AstroIntegration {
  return {
    name: "lectern:offline",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        // The worker lists the search bundle; when that comes later, scripts/finish-build.ts writes the worker.
        if (indexDeferred()) return;
        logger.info(describeOfflineBuild(await writeServiceWorker(fileURLToPath(dir))));
      },
    },
  };
}
