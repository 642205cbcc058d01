/**
 * Writes the search index, one Pagefind bundle per shard (`src/lib/search/shards.ts`), through Pagefind's Node API
 * (custom records: no HTML is made up for Pagefind to parse back). Shards are kept in a store folder named by their
 * content hash, so a rebuild indexes only the shards whose records changed and links the others. One shard is
 * indexed at a time, each in a fresh Pagefind process, so the indexer's memory is bounded by the largest shard, not
 * the corpus. Any error Pagefind reports is thrown: a site without working search must not deploy.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { findPackageJSON } from "node:module";
import { join } from "node:path";
import { close, createIndex } from "pagefind";
import type { SearchRecord } from "../../src/lib/search/search-record";
import { SEARCH_RECORDS_FILE } from "../../src/lib/project-files";
import type { SearchIndexManifest } from "../../src/schema/search-index";
import { linkTree } from "../lib/link-tree";
import { readSearchIndexManifest } from "./manifest";
import { readRecords } from "./records-file";

/**
 * Records sent to Pagefind before waiting for its answers. One at a time, each record waited a round trip to the
 * Pagefind process, and a large index spent most of its wall time idle.
 */
const RECORDS_IN_FLIGHT = 64;

/**
 * Pagefind's UI bundles and its web worker: the search page uses only the JS API, on the main thread
 * (`noWorker`, see src/browser/search/load-pagefind.ts), so shards do not carry them.
 */
const UNUSED_FILES = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

/**
 * Postings per index chunk (Pagefind counts a word's positions plus one per page), set through Pagefind's
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`. A query fetches, per word and per shard, the whole chunk holding that
 * word, so with Pagefind's default (20,000) a rare word costs a first query about 23 KB in every shard, mostly
 * for its alphabetical neighbours; smaller chunks cost the meta file a line per chunk. About 2,000 balances the
 * two at 10k papers in four shards.
 */
export const INDEX_CHUNK_POSTINGS = 2_000;

const fail = (step: string, errors: readonly string[]): never => {
  throw new Error(`Pagefind ${step} failed:\n  - ${errors.join("\n  - ")}`);
};

/** Indexes every record and writes the bundle; returns how many records were indexed. */
export async function writeSearchIndex(records: AsyncIterable<SearchRecord>, outputPath: string): Promise<number> {
  // Pagefind reads it from the environment of the process the Node API starts here.
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = String(INDEX_CHUNK_POSTINGS);
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index || errors.length > 0) return fail("start", errors);
  try {
    let count = 0;
    const inFlight = new Set<Promise<void>>();
    for await (const record of records) {
      const adding = index.addCustomRecord(record).then((added) => {
        if (added.errors.length > 0) fail(`indexing ${record.url}`, added.errors);
      });
      inFlight.add(adding);
      void adding.then(
        () => inFlight.delete(adding),
        () => undefined,
      );
      if (inFlight.size >= RECORDS_IN_FLIGHT) await Promise.race(inFlight);
      count += 1;
    }
    await Promise.all(inFlight);
    if (count === 0) fail("indexing", ["no papers to index; run `npm run ingest` first"]);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail("writing", written.errors);
    return count;
  } finally {
    // A fresh Pagefind process per shard: its memory is returned to the system, not kept for the next shard.
    await close();
  }
}

/** The next `count` records of a stream, failing when the file ends early (records and manifest out of step). */
async function* take(records: AsyncIterator<SearchRecord>, count: number, file: string): AsyncGenerator<SearchRecord> {
  for (let i = 0; i < count; i++) {
    const next = await records.next();
    if (next.done === true) throw new Error(`${file} holds fewer records than its manifest; run \`npm run ingest\``);
    yield next.value;
  }
}

async function skip(records: AsyncIterable<SearchRecord>): Promise<void> {
  const iterator = records[Symbol.asyncIterator]();
  while ((await iterator.next()).done !== true);
}

export interface IndexSummary {
  papers: number;
  shards: number;
  /** Shards written by this run; the others were unchanged and reused. */
  indexed: number;
}

/**
 * Shards of different Pagefind versions or chunk sizes must never mix (a shard's id names its records, not how
 * they were indexed), so each keeps its own store.
 */
export function shardStore(cacheDir: string): string {
  const packageFile = findPackageJSON("pagefind", import.meta.url);
  if (packageFile === undefined) throw new Error("the pagefind package is not installed; run `npm ci`");
  const { version } = JSON.parse(readFileSync(packageFile, "utf8")) as { version: string };
  return join(cacheDir, `search-shards-${version}-chunks-${INDEX_CHUNK_POSTINGS}`);
}

/** Brings the store up to date with the manifest: indexes missing shards, removes shards no longer listed. */
export async function indexShards(papersDir: string, store: string): Promise<IndexSummary> {
  const manifest = await readSearchIndexManifest(papersDir);
  if (manifest.shards.length === 0) fail("indexing", ["no papers to index; run `npm run ingest` first"]);
  await mkdir(store, { recursive: true });
  const file = join(papersDir, SEARCH_RECORDS_FILE);
  const records = readRecords(file)[Symbol.asyncIterator]();
  let indexed = 0;
  for (const shard of manifest.shards) {
    const folder = join(store, shard.id);
    const batch = take(records, shard.papers, file);
    if (existsSync(join(folder, "pagefind-entry.json"))) {
      await skip(batch);
      continue;
    }
    const partial = `${folder}.partial`;
    await rm(partial, { recursive: true, force: true });
    await writeSearchIndex(batch, partial);
    for (const name of await readdir(partial)) if (UNUSED_FILES.test(name)) await rm(join(partial, name));
    await rm(folder, { recursive: true, force: true });
    await rename(partial, folder);
    indexed += 1;
  }
  const listed = new Set(manifest.shards.map((shard) => shard.id));
  for (const name of await readdir(store))
    if (!listed.has(name)) await rm(join(store, name), { recursive: true, force: true });
  return { papers: manifest.papers, shards: manifest.shards.length, indexed };
}

/** Puts the manifest's shards from the store into `target` (the site's `pagefind/` folder), replacing what was there. */
export async function publishShards(manifest: SearchIndexManifest, store: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  for (const shard of manifest.shards) await linkTree(join(store, shard.id), join(target, shard.id));
}

export const describeIndex = ({ papers, shards, indexed }: IndexSummary): string =>
  `indexed ${papers} papers in ${shards} shards (${indexed} written, ${shards - indexed} unchanged)`;
