/**
 * Ships the Pagefind search bundle with every `astro build`. The index is built from the paper pages' data by a
 * child process (`scripts/search-index.ts`) started when the build starts, so Pagefind works on a second core while
 * Astro renders pages: at 10k papers indexing the written HTML afterwards added about 25 s to every build. When
 * Astro is done, the bundle moves into `<outDir>/pagefind/`. Any indexing error fails the build, since a site
 * without working search must not deploy.
 */
import { spawn } from "node:child_process";
import { cp, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { papersDir } from "../../scripts/ingest/paths";
import { searchIndexVersion } from "../../scripts/search-index/index-version";
import { TAXONOMY_FILE } from "../lib/topics/load-taxonomy";

/** Where the bundle goes: Pagefind's default `<base>pagefind/`, which the search client and service worker expect. */
export const pagefindBundleDir = "pagefind";

const VERSION_MODULE = "virtual:lectern/search-index-version";

let versionOfThisRun: Promise<string> | undefined;

/**
 * The index version of this build (see `scripts/search-index/index-version.ts`), computed once per process: the
 * search page reads it through `virtual:lectern/search-index-version`, the offline integration through this.
 */
export function indexVersion(root: string): Promise<string> {
  versionOfThisRun ??= searchIndexVersion(resolve(root, papersDir(process.env)), resolve(root, TAXONOMY_FILE));
  return versionOfThisRun;
}

/** Kept out of `vite.define`, which Astro folds into its config hash: a changing define would void every cache. */
function indexVersionModule(root: string): Plugin {
  const resolved = `\0${VERSION_MODULE}`;
  return {
    name: "lectern:search-index-version",
    resolveId: (id) => (id === VERSION_MODULE ? resolved : undefined),
    load: async (id) =>
      id === resolved ? `export const searchIndexVersion = ${JSON.stringify(await indexVersion(root))};` : undefined,
  };
}

interface IndexJob {
  done: Promise<string>;
  stagingDir: string;
}

function startIndexJob(root: string, stagingDir: string): IndexJob {
  const tsx = createRequire(join(root, "package.json")).resolve("tsx/cli");
  const child = spawn(process.execPath, [tsx, "scripts/search-index.ts", "--out", stagingDir], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<string>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output.trim());
      else reject(new Error(`Search indexing failed (exit ${String(code)}), so the build stops:\n${output.trim()}`));
    });
  });
  // Reported when the build awaits it; until then a rejection is expected, not unhandled.
  done.catch(() => undefined);
  return { done, stagingDir };
}

/** A rename when the cache and the output share a file system (the default), a copy when they do not. */
async function moveDir(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch {
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

export default function pagefind(): AstroIntegration {
  let root = "";
  let stagingDir = "";
  let job: IndexJob | undefined;
  return {
    name: "lectern:pagefind",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [indexVersionModule(fileURLToPath(config.root))] } });
      },
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        stagingDir = join(fileURLToPath(config.cacheDir), "pagefind-bundle");
      },
      "astro:build:start": async () => {
        await rm(stagingDir, { recursive: true, force: true });
        job = startIndexJob(root, stagingDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!job) throw new Error("Search indexing never started");
        const summary = await job.done;
        const target = join(fileURLToPath(dir), pagefindBundleDir);
        await rm(target, { recursive: true, force: true });
        await moveDir(job.stagingDir, target);
        logger.info(`${summary} into ${pagefindBundleDir}/`);
      },
    },
  };
}
