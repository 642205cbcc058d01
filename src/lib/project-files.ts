import { dirname, join, resolve as resolvePath } from "node:path";
/** The project's content files, relative to its root; the environment can point the build elsewhere (benchmark, tests). */
export const DEFAULT_DIGESTS_DIR = "content/digests";
export const DEFAULT_PAPERS_DIR = "content/papers";
export const DEFAULT_TOPICS_FILE = "content/topics.yaml";
/** The owner's notes: fixed for the site, which compiles them (and their images) as modules of the project. */
export const DEFAULT_NOTES_DIR = "content/notes";

/**
 * The notes the ingest checks and indexes: the `notes/` folder beside the digests (`content/notes` for the
 * default `content/digests`), so an ingest of another folder of digests (a test's, the benchmark's) reads no notes
 * written for the bundled corpus.
 */
export function notesDirBeside(digests: string): string {
  return join(dirname(digests), "notes");
}

export function digestsDir(env: NodeJS.ProcessEnv): string {
  return env["LECTERN_DIGESTS"] || DEFAULT_DIGESTS_DIR;
}

export function papersDir(env: NodeJS.ProcessEnv): string {
  return env["LECTERN_PAPERS_DIR"] || DEFAULT_PAPERS_DIR;
}

export function topicsFile(env: NodeJS.ProcessEnv): string {
  return env["LECTERN_TOPICS"] || DEFAULT_TOPICS_FILE;
}

/** Written by the ingest into the papers folder beside the pages: the digest catalogue. */
export const CATALOGUE_FILE = "digests.json";
/** The slug of every paper, read back by the next run so no page ever moves (`src/schema/slug-record.ts`). */
export const SLUGS_FILE = "slugs.json";
/** The derived corpus (`src/schema/corpus.ts`). */
export const CORPUS_FILE = "corpus.json";
/** Pagefind custom records, one JSON object a line, shard after shard. */
export const SEARCH_RECORDS_FILE = "search-records.jsonl";
/** The search index manifest: version, paper count and shards (`src/schema/search-index.ts`). */
export const SEARCH_INDEX_FILE = "search-index.json";

/** The papers folder of the project at `root` (absolute; `LECTERN_PAPERS_DIR` may point elsewhere). */
export function papersFolder(root: string, env: NodeJS.ProcessEnv): string {
  return resolvePath(root, papersDir(env));
}
