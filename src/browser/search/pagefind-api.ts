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

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** `null` term with filters or sort lists every matching page (browse mode). */
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  /** Resolves `null` when a newer call superseded this one. */
  debouncedSearch(term: string | null, options?: SearchOptions, timeoutMs?: number): Promise<PagefindResponse | null>;
}
