/** The slice of Pagefind's browser API that Lectern uses (Pagefind ships no types for `pagefind.js`). */

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  /** HTML text with the matched words wrapped in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Results per filter value for the current term and filters. */
  filters: FilterCounts;
  /** Results per filter value for the current term alone. */
  totalFilters: FilterCounts;
}

export type FilterQuery = Record<string, { any: string[] }>;

export interface SearchOptions {
  filters?: FilterQuery;
  sort?: Record<string, "asc" | "desc">;
}

export interface PagefindOptions {
  /** Appended to the entry file's URL: a new index version is a new URL, so old and new never mix. */
  metaCacheTag: string;
  excerptLength: number;
  /** A filter every page of that index carries: Lectern tags each shard with its id. */
  mergeFilter?: Record<string, string>;
  /** Search on the main thread: the shards ship no `pagefind-worker.js`, one file less for a first query. */
  noWorker?: boolean;
}

export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Adds another index (a shard): searches then run over every index and merge by score. */
  mergeIndex(indexPath: string, options: PagefindOptions): Promise<void>;
  preload(term: string | null, options?: SearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** `null` term with filters or sort lists every matching page (browse mode). */
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
}

/** Results read in the order the search page shows them, a page at a time. */
export interface ResultFeed {
  readonly total: number;
  readonly done: boolean;
  next(count: number): Promise<PagefindResultData[]>;
}

export interface SearchAnswer {
  feed: ResultFeed;
  /** Results per filter value for the current term and filters, over every shard. */
  filters: FilterCounts;
}

/** Search over every shard of the index, as the search page uses it. */
export interface ShardedSearch {
  filters(): Promise<FilterCounts>;
  /** With `debounceMs`, waits that long first and resolves `null` when a newer call superseded this one. */
  search(term: string | null, options: SearchOptions, debounceMs?: number): Promise<SearchAnswer | null>;
}
