/**
 * Loads Pagefind on first use only, so pages that never search pay nothing. The index is split into shards
 * (`src/lib/search/shards.ts`), each a Pagefind bundle under `<base>pagefind/<shard id>/`: the first shard's
 * `pagefind.js` is the runtime, and every other shard is merged into it. Each shard is tagged with a filter
 * `shard: <id>` so a sorted search can ask the shards one by one (see merge-shards.ts). The index version (a hash
 * of every record) as `metaCacheTag` keeps a new index from mixing with an old cached one, while letting the
 * service worker serve the entry files offline.
 */
import type { SearchSortKey } from "../../lib/search/search-record";
import { feedOf, mergeSorted, sumFilterCounts } from "./merge-shards";
import type { Pagefind, PagefindOptions, SearchOptions, ShardedSearch } from "./pagefind-api";

/** What the search page was built with: `data-index-version` and `data-index-shards`. */
export interface SearchIndex {
  version: string;
  /** Shard ids, oldest listings first. */
  shards: readonly string[];
}

const SHARD_FILTER = "shard";
const EXCERPT_WORDS = 28;

let loading: Promise<ShardedSearch> | undefined;

const bundleRoot = (): string => `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}pagefind/`;

/** The folder of one shard's bundle. */
export const shardUrl = (shard: string): string => `${bundleRoot()}${shard}/`;

const shardOptions = (index: SearchIndex, shard: string): PagefindOptions => ({
  metaCacheTag: index.version,
  excerptLength: EXCERPT_WORDS,
  mergeFilter: { [SHARD_FILTER]: shard },
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const inShard = (options: SearchOptions, shard: string): SearchOptions => ({
  ...options,
  filters: { ...options.filters, [SHARD_FILTER]: { any: [shard] } },
});

const sharded = (pagefind: Pagefind, index: SearchIndex): ShardedSearch => {
  let latest = 0;
  const run = async (term: string | null, options: SearchOptions) => {
    const [key, direction] = Object.entries(options.sort ?? {})[0] ?? [];
    if (key === undefined || direction === undefined || index.shards.length === 1) {
      const response = await pagefind.search(term, options);
      return { feed: feedOf(response.results), filters: response.filters };
    }
    const responses = await Promise.all(index.shards.map((shard) => pagefind.search(term, inShard(options, shard))));
    return {
      feed: mergeSorted(
        responses.map((response) => response.results),
        key as SearchSortKey,
        direction,
      ),
      filters: sumFilterCounts(responses.map((response) => response.filters)),
    };
  };
  return {
    filters: () => pagefind.filters(),
    search: async (term, options, debounceMs) => {
      const call = ++latest;
      if (debounceMs !== undefined) {
        void pagefind.preload(term, options);
        await sleep(debounceMs);
        if (call !== latest) return null;
      }
      const answer = await run(term, options);
      return call === latest ? answer : null;
    },
  };
};

const load = async (index: SearchIndex): Promise<ShardedSearch> => {
  const [first, ...others] = index.shards;
  if (first === undefined) throw new Error("the search index has no shards");
  const pagefind = (await import(/* @vite-ignore */ `${shardUrl(first)}pagefind.js`)) as Pagefind;
  // Read when the runtime starts (at init), so it goes with the first options only.
  await pagefind.options({ ...shardOptions(index, first), noWorker: true });
  await pagefind.init();
  await Promise.all(others.map((shard) => pagefind.mergeIndex(shardUrl(shard), shardOptions(index, shard))));
  return sharded(pagefind, index);
};

export const loadPagefind = (index: SearchIndex): Promise<ShardedSearch> => {
  loading ??= load(index).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
};
