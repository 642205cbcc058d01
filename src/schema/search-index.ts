/**
 * The search index manifest, `search-index.json` beside the paper pages: which shards the Pagefind index is split
 * into and the version that ties them together. The ingest writes it with the search records; the indexer builds
 * one Pagefind bundle per shard, the site names the shards to the search page, and both read only this small file.
 */
import { z } from "zod";

const hashSchema = z.string().regex(/^[0-9a-f]{12}$/);

export const searchShardSchema = z.object({
  /** Content hash of the shard's records: its folder under `<base>pagefind/`, reused while the records are unchanged. */
  id: hashSchema,
  /** How many records (papers) the shard holds; they follow the previous shards' in `search-records.jsonl`. */
  papers: z.number().int().positive(),
});

export const searchIndexManifestSchema = z.object({
  version: z.literal(1),
  /** Content hash of all records: the search page's cache tag, so an old and a new index never mix. */
  indexVersion: hashSchema,
  papers: z.number().int().nonnegative(),
  /** Oldest listings first; the first shard carries the Pagefind runtime the search page loads. */
  shards: z.array(searchShardSchema),
});

export type SearchIndexManifest = z.infer<typeof searchIndexManifestSchema>;
