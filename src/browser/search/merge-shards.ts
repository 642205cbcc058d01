/**
 * Results of a search over several shards, in the order the reader asked for. Pagefind's merged search orders
 * results by score, which is right for relevance but scrambles a sort by date or upvotes, so a sorted search asks
 * each shard for its own (sorted) results and merges them here, reading each result's sort value from its data as
 * the merge reaches it: a page of 20 results loads about 20 fragments plus one ahead per shard, never all of them.
 */
import { sortValue, type SearchSortKey } from "../../lib/search/search-record";
import type { FilterCounts, PagefindResult, PagefindResultData, ResultFeed } from "./pagefind-api";

/** Results in the order given (relevance, or a single shard's sort). */
export const feedOf = (results: readonly PagefindResult[]): ResultFeed => {
  let position = 0;
  return {
    total: results.length,
    get done() {
      return position >= results.length;
    },
    next: async (count) => {
      const batch = results.slice(position, position + count);
      position += batch.length;
      return Promise.all(batch.map((result) => result.data()));
    },
  };
};

interface ShardCursor {
  results: readonly PagefindResult[];
  /** Data of results[position …], loaded ahead of the merge. */
  loaded: PagefindResultData[];
  position: number;
}

const loadAhead = async (cursor: ShardCursor, count: number): Promise<void> => {
  const start = cursor.position + cursor.loaded.length;
  const batch = cursor.results.slice(start, start + count);
  cursor.loaded.push(...(await Promise.all(batch.map((result) => result.data()))));
};

/**
 * Merges shards whose results each come sorted by `key` in `direction`; equal values keep shard order, so the
 * merged order is deterministic.
 */
export const mergeSorted = (
  shards: readonly (readonly PagefindResult[])[],
  key: SearchSortKey,
  direction: "asc" | "desc",
): ResultFeed => {
  const cursors: ShardCursor[] = shards.map((results) => ({ results, loaded: [], position: 0 }));
  const total = shards.reduce((sum, results) => sum + results.length, 0);
  let taken = 0;
  const before = (a: PagefindResultData, b: PagefindResultData): boolean => {
    const difference = sortValue(a.meta, key) - sortValue(b.meta, key);
    return direction === "desc" ? difference > 0 : difference < 0;
  };
  return {
    total,
    get done() {
      return taken >= total;
    },
    next: async (count) => {
      const page: PagefindResultData[] = [];
      const ahead = Math.ceil(count / Math.max(1, cursors.length)) + 1;
      while (page.length < count && taken < total) {
        const starved = cursors.filter((c) => c.loaded.length === 0 && c.position < c.results.length);
        await Promise.all(starved.map((cursor) => loadAhead(cursor, ahead)));
        let best: ShardCursor | undefined;
        for (const cursor of cursors) {
          const head = cursor.loaded[0];
          const bestHead = best?.loaded[0];
          if (head !== undefined && (bestHead === undefined || before(head, bestHead))) best = cursor;
        }
        const next = best?.loaded.shift();
        if (best === undefined || next === undefined) break;
        best.position += 1;
        taken += 1;
        page.push(next);
      }
      return page;
    },
  };
};

/** Filter counts of per-shard searches added up (each counts only its own shard's results). */
export const sumFilterCounts = (counts: readonly FilterCounts[]): FilterCounts => {
  const sum: FilterCounts = {};
  for (const perFilter of counts)
    for (const [filter, values] of Object.entries(perFilter)) {
      const target = (sum[filter] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  return sum;
};
