/**
 * How the search index is split into shards, each its own Pagefind bundle that the search page merges in the
 * browser. Pagefind has no incremental mode, so a rebuild re-indexes only the shards whose records changed. A
 * paper belongs to the shard of the digest that first listed it (digest ids in code-point order, the catalogue's
 * order), and a shard closes at a digest boundary once it holds `papersPerShard` papers: a digest added after the
 * others adds to the last shard only, and the shards before it keep their content and so their folders.
 */
import { wholeNumberSetting } from "../env-setting";
import { compareCodePoints } from "../order";
import type { SearchRecord } from "./search-record";

/**
 * Papers per shard. Every shard costs a first query its own metadata file and one index chunk per query word, and
 * fewer, larger shards cost a rebuild more indexing; at 10k papers four shards kept every first query within budget.
 */
export const DEFAULT_PAPERS_PER_SHARD = 2_500;

/** `LECTERN_SEARCH_SHARD_PAPERS` overrides the shard size (tests use small shards to exercise merging). */
export function papersPerShard(env: NodeJS.ProcessEnv): number {
  return wholeNumberSetting(env, "LECTERN_SEARCH_SHARD_PAPERS", DEFAULT_PAPERS_PER_SHARD, { min: 1, unit: "papers" });
}

/** A record to place, with the ids of the digests that list its paper (as in its page's `appearances`). */
export interface ShardInput {
  record: SearchRecord;
  digests: readonly string[];
}

/**
 * The digest that placed a paper: the smallest of its digest ids. Ids, not the digest labels a record carries as
 * filters: labels are dates in words (`Digest of Apr 3, 2025`), whose order says nothing about when a file came.
 */
function firstListing({ digests }: ShardInput): string {
  return digests.reduce((first, id) => (compareCodePoints(id, first) < 0 ? id : first), digests[0] ?? "");
}

/** Records grouped into shards, oldest listings first; within a shard records keep their given order. */
export function planShards(inputs: readonly ShardInput[], perShard: number): SearchRecord[][] {
  const byDigest = new Map<string, SearchRecord[]>();
  for (const input of inputs) {
    const digest = firstListing(input);
    const group = byDigest.get(digest);
    if (group) group.push(input.record);
    else byDigest.set(digest, [input.record]);
  }
  const shards: SearchRecord[][] = [];
  let open: SearchRecord[] = [];
  for (const digest of [...byDigest.keys()].sort(compareCodePoints)) {
    open.push(...(byDigest.get(digest) ?? []));
    if (open.length >= perShard) {
      shards.push(open);
      open = [];
    }
  }
  if (open.length > 0) shards.push(open);
  return shards;
}
