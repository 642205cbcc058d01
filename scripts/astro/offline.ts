/**
 * Offline support at build time: after the build, a `sw.js` at the base whose manifest lists what to store (the
 * Pagefind entry file under the search index version the search page asks for) and whose version is a hash of
 * those files, so the browser installs a new worker exactly when the output changes. Must run after the Pagefind
 * integration, whose bundle it lists.
 */
import { createHash } from "node:crypto";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { transformWithOxc } from "vite";
import { readInBatches } from "../lib/read-in-batches";
import { selectPrecache } from "./precache";
import { indexDeferred, indexVersion } from "./pagefind";

const serviceWorkerSource = fileURLToPath(new URL("../../src/browser/offline/service-worker.ts", import.meta.url));

const listFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));

const hashFiles = async (dir: string, files: readonly string[]): Promise<string> => {
  const hash = createHash("sha256");
  for await (const { file, content } of readInBatches(files.map((name) => join(dir, name))))
    hash.update(relative(dir, file).split(sep).join("/")).update(content);
  return hash.digest("hex").slice(0, 16);
};

const fileOfUrl = (url: string): string =>
  url === "./" ? "index.html" : url.endsWith("/") ? `${url}index.html` : url.replace(/\?.*$/, "");

export const writeServiceWorker = async (
  outDir: string,
  searchIndexVersion: string,
): Promise<{ core: number; papers: number }> => {
  const { core, papers } = selectPrecache(await listFiles(outDir), searchIndexVersion);
  const version = await hashFiles(outDir, [...core, ...papers].map(fileOfUrl));
  const source = await readFile(serviceWorkerSource, "utf8");
  const { code } = await transformWithOxc(source, serviceWorkerSource, { lang: "ts" });
  const manifest = `const OFFLINE_MANIFEST = ${JSON.stringify({ version, core, papers })};\n`;
  // The worker is a classic script (module workers are not universal); the source's type-only import leaves
  // an empty `export {}` behind that would make it fail to evaluate.
  const classicScript = code.replace(/^export \{\s*\};?\s*$/m, "");
  await writeFile(join(outDir, "sw.js"), manifest + classicScript);
  return { core: core.length, papers: papers.length };
};

export default function offline(): AstroIntegration {
  let root = "";
  return {
    name: "lectern:offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        // The worker lists the search bundle; when that comes later, scripts/finish-build.ts writes the worker.
        if (indexDeferred()) return;
        // The search page asks Pagefind for its entry file under this tag, so the worker stores it under it too.
        const counts = await writeServiceWorker(fileURLToPath(dir), await indexVersion(root));
        logger.info(
          `service worker: ${counts.core} files on first visit, ${counts.papers} papers on "Save for offline"`,
        );
      },
    },
  };
}
