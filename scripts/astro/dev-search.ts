/**
 * Search in `astro dev`: builds the Pagefind bundle with the very indexer `npm run build` uses
 * (`scripts/search-index/write-index.ts`, Pagefind's Node API over the search records the ingest derived) into
 * Astro's cache folder, serves it at `<base>pagefind/`, and builds it again whenever the records change, which is
 * when the digest watch has re-ingested after a digest or the taxonomy changed. Builds are untouched: there the
 * search index integration (`pagefind.ts`) ships the bundle.
 */
import { readFile, rename, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { SEARCH_RECORDS_FILE, papersFolder } from "../../src/lib/project-files";
import { readSearchIndexManifest } from "../search-index/manifest";
import { indexShards, publishShards } from "../search-index/write-index";
import { pagefindBundleDir } from "./pagefind";

/** Types of the files a Pagefind bundle holds; its index files (`.pf_*`, `.pagefind`) are binary. */
const contentTypes: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

type BundleState = { ok: true; dir: string } | { ok: false; message: string };

/**
 * One index build at a time; a change while one runs asks for exactly one more, which reads the newest records.
 * `current` settles with the state of the latest build, so a request waits for the first one.
 */
function bundleBuilder(papers: string, cacheDir: string, logger: AstroIntegrationLogger) {
  const dir = join(cacheDir, "dev-pagefind");
  // Its own shard store: the production build's store keeps only the shards of the last build.
  const store = join(cacheDir, "dev-search-shards");
  const staging = `${dir}-next`;
  let queued = false;
  let current: Promise<BundleState> = Promise.resolve({ ok: false, message: "the search index is not built yet" });
  const build = async (): Promise<BundleState> => {
    queued = false;
    try {
      await rm(staging, { recursive: true, force: true });
      const { papers: count } = await indexShards(papers, store);
      await publishShards(await readSearchIndexManifest(papers), store, staging);
      // Swapped in whole, so a reader never gets half of an old bundle and half of a new one.
      await rm(dir, { recursive: true, force: true });
      await rename(staging, dir);
      logger.info(`search index: ${count} papers, served at ${pagefindBundleDir}/`);
      return { ok: true, dir };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error(`search index could not be built, so search is off until the next change:\n${message}`);
      return { ok: false, message };
    }
  };
  return {
    rebuild: (): void => {
      if (queued) return;
      queued = true;
      current = current.then(build);
    },
    state: (): Promise<BundleState> => current,
  };
}

/** The file of the bundle a request path names, or undefined when it points outside it. */
function bundleFile(dir: string, relative: string): string | undefined {
  const file = resolve(dir, normalize(relative));
  return file.startsWith(`${dir}${sep}`) ? file : undefined;
}

async function serveBundleFile(state: BundleState, relative: string, res: ServerResponse): Promise<void> {
  res.setHeader("Cache-Control", "no-store");
  if (!state.ok) {
    res.statusCode = 503;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end(`Search index unavailable in the dev server: ${state.message}`);
    return;
  }
  const file = bundleFile(state.dir, relative);
  const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
  if (file === undefined || body === undefined) {
    res.statusCode = 404;
    res.end();
    return;
  }
  res.setHeader("Content-Type", contentTypes[extname(file)] ?? "application/octet-stream");
  res.end(body);
}

/** The path inside the bundle a request asks for, with or without the site's base in front. */
function bundlePath(url: string | undefined, base: string): string | undefined {
  const path = decodeURIComponent(new URL(url ?? "/", "http://dev").pathname);
  for (const prefix of [`${base.replace(/\/?$/, "/")}${pagefindBundleDir}/`, `/${pagefindBundleDir}/`]) {
    if (path.startsWith(prefix)) return path.slice(prefix.length);
  }
  return undefined;
}

export default function devSearch(): AstroIntegration {
  let root = "";
  let base = "/";
  let cacheDir = "";
  return {
    name: "lectern:dev-search",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:server:setup": ({ server, logger }) => {
        const papers = papersFolder(root, process.env);
        const records = join(papers, SEARCH_RECORDS_FILE);
        const bundle = bundleBuilder(papers, cacheDir, logger);
        bundle.rebuild();
        server.watcher.add(records);
        for (const event of ["add", "change"] as const) {
          server.watcher.on(event, (file) => {
            if (resolve(file) === records) bundle.rebuild();
          });
        }
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const relative = bundlePath(req.url, base);
          if (relative === undefined) {
            next();
            return;
          }
          void bundle.state().then((state) => serveBundleFile(state, relative, res));
        });
      },
    },
  };
}
