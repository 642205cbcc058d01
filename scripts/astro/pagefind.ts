/**
 * Ships the Pagefind search index with every `astro build`: one Pagefind bundle per shard (`src/lib/search/shards.ts`)
 * under `<outDir>/pagefind/<shard id>/`, which the search page merges in the browser. A child process
 * (`scripts/search-index.ts`) started when the build starts indexes the shards whose records changed into a store in
 * Astro's cache folder, so Pagefind works on a second core while Astro renders pages; when Astro is done, the
 * listed shards are linked into the output. Any indexing error fails the build, since a site without working search
 * must not deploy. Above `PARALLEL_INDEX_MAX_PAPERS` the index is left to `scripts/finish-build.ts`, which
 * `npm run build` runs after Astro exits.
 */
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { wholeNumberSetting } from "../../src/lib/env-setting";
import { SEARCH_INDEX_FILE, papersFolder } from "../../src/lib/project-files";
import type { SearchIndexManifest } from "../../src/schema/search-index";
import { readSearchIndexManifest } from "../search-index/manifest";
import { publishShards, shardStore } from "../search-index/write-index";

/** Where the shards go: `<base>pagefind/`, which the search client and service worker expect. */
export const pagefindBundleDir = "pagefind";

const SEARCH_INDEX_MODULE = "virtual:lectern/search-index";

/**
 * The search index manifest the ingest wrote (`search-index.json`). Read afresh each time: it is small, and under
 * `npm run dev` a re-ingest replaces it while the server runs.
 */
export function searchIndexManifest(root: string): Promise<SearchIndexManifest> {
  return readSearchIndexManifest(papersFolder(root, process.env));
}

/**
 * The search page reads the index version and the shard ids through `virtual:lectern/search-index`. Kept out of
 * `vite.define`, which Astro folds into its config hash: a changing define would void every cache.
 */
function searchIndexModule(root: string): Plugin {
  const resolved = `\0${SEARCH_INDEX_MODULE}`;
  let serving = false;
  return {
    name: "lectern:search-index",
    configResolved: (config) => {
      serving = config.command === "serve";
    },
    resolveId: (id) => (id === SEARCH_INDEX_MODULE ? resolved : undefined),
    load: async (id) => {
      if (id !== resolved) return undefined;
      if (serving) {
        // Under `npm run dev` a re-ingest replaces the manifest while the server runs, and the module stays
        // evaluated: the page asks for the manifest each time it renders instead.
        const file = join(papersFolder(root, process.env), SEARCH_INDEX_FILE);
        return [
          `import { readFileSync } from "node:fs";`,
          `export function searchIndex() {`,
          `  const { indexVersion, shards } = JSON.parse(readFileSync(${JSON.stringify(file)}, "utf8"));`,
          `  return { version: indexVersion, shards: shards.map((shard) => shard.id) };`,
          `}`,
        ].join("\n");
      }
      const manifest = await searchIndexManifest(root);
      const index = { version: manifest.indexVersion, shards: manifest.shards.map((shard) => shard.id) };
      return `export function searchIndex() {\n  return ${JSON.stringify(index)};\n}`;
    },
  };
}

function startIndexJob(root: string, store: string): Promise<string> {
  const tsx = createRequire(join(root, "package.json")).resolve("tsx/cli");
  const papers = papersFolder(root, process.env);
  const child = spawn(process.execPath, [tsx, "scripts/search-index.ts", "--papers", papers, "--store", store], {
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
  return done;
}

/**
 * Above this many papers the index is built after Astro has exited (`scripts/finish-build.ts`, the last step of
 * `npm run build`) instead of beside it, so the indexer's memory never adds to Astro's: at 10,000 papers Astro peaks
 * at 2.2 GB and a Pagefind shard beside it adds 0.4–0.5 GB, for a build about a seventh faster on two cores. A year
 * of papers should build in 2.5 GB; a small site keeps the overlap, where it costs little memory.
 * `LECTERN_PARALLEL_INDEX_MAX_PAPERS` overrides it (0 always defers, e.g. on a machine with little memory).
 */
export const PARALLEL_INDEX_MAX_PAPERS = 5_000;

function parallelIndexMaxPapers(env: NodeJS.ProcessEnv): number {
  return wholeNumberSetting(env, "LECTERN_PARALLEL_INDEX_MAX_PAPERS", PARALLEL_INDEX_MAX_PAPERS, {
    min: 0,
    unit: "papers",
  });
}

let deferredThisRun = false;

/** Whether this build left the search index (and so the service worker) to `scripts/finish-build.ts`. */
export const indexDeferred = (): boolean => deferredThisRun;

export default function pagefind(): AstroIntegration {
  let root = "";
  let store = "";
  let job: Promise<string> | undefined;
  return {
    name: "lectern:pagefind",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [searchIndexModule(fileURLToPath(config.root))] } });
      },
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        store = shardStore(fileURLToPath(config.cacheDir));
      },
      "astro:build:start": async ({ logger }) => {
        const { papers } = await searchIndexManifest(root);
        deferredThisRun = papers > parallelIndexMaxPapers(process.env);
        if (deferredThisRun)
          logger.info(`${papers} papers: the search index is built after Astro exits, to bound peak memory`);
        else job = startIndexJob(root, store);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), pagefindBundleDir);
        if (deferredThisRun) {
          await rm(target, { recursive: true, force: true });
          const message = `no ${pagefindBundleDir}/ yet: \`tsx scripts/finish-build.ts\` (run by npm run build) adds it`;
          // A warning only for someone who ran `astro build` alone; `npm run build` goes on to add it.
          if (process.env.npm_lifecycle_event === "build") logger.info(message);
          else logger.warn(message);
          return;
        }
        if (!job) throw new Error("Search indexing never started");
        const summary = await job;
        await publishShards(await searchIndexManifest(root), store, target);
        logger.info(`${summary} into ${pagefindBundleDir}/`);
      },
    },
  };
}
