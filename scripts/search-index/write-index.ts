/**
 * Writes a Pagefind bundle from search records through Pagefind's Node API (custom records: no HTML is made up
 * for Pagefind to parse back). Any error Pagefind reports is thrown: a site without working search must not deploy.
 */
import { join } from "node:path";
import { close, createIndex } from "pagefind";
import type { SearchRecord } from "../../src/lib/search/search-record";
import { SEARCH_RECORDS_FILE } from "../../src/lib/project-files";
import { readRecords } from "./records-file";

/**
 * Records sent to Pagefind before waiting for its answers. One at a time, each record waited a round trip to the
 * Pagefind process, and a large index spent most of its wall time idle.
 */
const RECORDS_IN_FLIGHT = 64;

const fail = (step: string, errors: readonly string[]): never => {
  throw new Error(`Pagefind ${step} failed:\n  - ${errors.join("\n  - ")}`);
};

/** Indexes every record and writes the bundle; returns how many records were indexed. */
export async function writeSearchIndex(records: AsyncIterable<SearchRecord>, outputPath: string): Promise<number> {
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
    await close();
  }
}

/** The search bundle of a papers folder, from the records the ingest derived. */
export async function indexPapers(papersDir: string, outputPath: string): Promise<number> {
  return writeSearchIndex(readRecords(join(papersDir, SEARCH_RECORDS_FILE)), outputPath);
}
