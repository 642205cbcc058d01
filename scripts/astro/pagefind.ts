/**
 * Ships the Pagefind search bundle with every `astro build`. The index is built from the search records the ingest
 * derived (`search-records.jsonl` beside the pages) by a child process (`scripts/search-index.ts`) started when the build starts, so Pagefind works on a second core while
 * Astro renders pages: at 10k papers indexing the written HTML afterwards added about 25 s to every build. When
 * Astro is done, the bundle moves into `<outDir>/pagefind/`. Any indexing error fails the build, since a site
 * without working search must not deploy. Above `PARALLEL_INDEX_MAX_PAPERS` the two would not fit in memory side
 * by side, so the index is left to `scripts/finish-build.ts`, which `npm run build` runs after Astro exits.
 */
import { spawn } from "node:child_process";
import { cp, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { CORPUS_FILE, papersDir } from "../../src/lib/project-files";
import { derivedCorpusSchema } from "../../src/schema/corpus";

/** Where the bundle goes: Pagefind's default `<base>pagefind/`, which the search client and service worker expect. */
export const pagefindBundleDir = "pagefind";

const VERSION_MODULE = "virtual:lectern/search-index-version";

interface IndexFacts {
  /** The derived corpus's `indexVersion`: a hash of the search records. */
  version: string;
  papers: number;
}

let factsOfThisRun: Promise<IndexFacts> | undefined;

/** What this build's index is built from, as the ingest derived it; read once per process. */
function indexFacts(root: string): Promise<IndexFacts> {
  factsOfThisRun ??= readFile(resolve(root, papersDir(process.env), CORPUS_FILE), "utf8").then((text) => {
    const corpus = derivedCorpusSchema.parse(JSON.parse(text));
    return { version: corpus.indexVersion, papers: corpus.papers.length };
  });
  return factsOfThisRun;
}

/**
 * The search index version of this build: the search page reads it through `virtual:lectern/search-index-version`,
 * the offline integration and `scripts/finish-build.ts` through this.
 */
export async function indexVersion(root: string): Promise<string> {
  return (await indexFacts(root)).version;
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
  const papers = resolve(root, papersDir(process.env));
  const child = spawn(process.execPath, [tsx, "scripts/search-index.ts", "--papers", papers, "--out", stagingDir], {
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

/**
 * Above this many papers the index is built after Astro has exited (`scripts/finish-build.ts`, the last step of
 * `npm run build`) instead of beside it. Measured at 50k papers: Pagefind peaks at 6.9 GB while writing its bundle
 * and Astro holds 4.5 GB while rendering, 10.4 GB together; one after the other stays under 8 GB. Below it the
 * parallel index saves a build about a minute at 10k papers, where both together stay under 3 GB.
 * `LECTERN_PARALLEL_INDEX_MAX_PAPERS` overrides it (0 always defers, e.g. on a machine with little memory).
 */
export const PARALLEL_INDEX_MAX_PAPERS = 25_000;

function parallelIndexMaxPapers(env: NodeJS.ProcessEnv): number {
  const configured = env["LECTERN_PARALLEL_INDEX_MAX_PAPERS"];
  if (configured === undefined || configured === "") return PARALLEL_INDEX_MAX_PAPERS;
  const value = Number(configured);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`LECTERN_PARALLEL_INDEX_MAX_PAPERS must be a whole number of papers, got "${configured}"`);
  return value;
}

let deferredThisRun = false;

/** Whether this build left the search index (and so the service worker) to `scripts/finish-build.ts`. */
export const indexDeferred = (): boolean => deferredThisRun;

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
      "astro:build:start": async ({ logger }) => {
        await rm(stagingDir, { recursive: true, force: true });
        const { papers } = await indexFacts(root);
        deferredThisRun = papers > parallelIndexMaxPapers(process.env);
        if (deferredThisRun)
          logger.info(`${papers} papers: the search index is built after Astro exits, to bound peak memory`);
        else job = startIndexJob(root, stagingDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), pagefindBundleDir);
        await rm(target, { recursive: true, force: true });
        if (deferredThisRun) {
          logger.warn(`no ${pagefindBundleDir}/ yet: \`tsx scripts/finish-build.ts\` (run by npm run build) adds it`);
          return;
        }
        if (!job) throw new Error("Search indexing never started");
        const summary = await job.done;
        await moveDir(job.stagingDir, target);
        logger.info(`${summary} into ${pagefindBundleDir}/`);
      },
    },
  };
}
