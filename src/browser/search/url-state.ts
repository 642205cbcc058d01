/**
 * The search page's state lives in its URL (`?q=…&topic=…&sort=…`) so searches can be bookmarked and shared
 * and back/forward work. These pure functions convert between the URL and that state.
 */

/** Pagefind filter names, in the order the page shows them; each is also the URL parameter name. */
export const filterNames = [
  "topic",
  "year",
  "category",
  "organisation",
  "has-code",
  "digest",
  // From the owner's notes.
  "has-notes",
  "status",
  "tag",
] as const;
export type FilterName = (typeof filterNames)[number];

export const sortKeys = ["relevance", "date", "upvotes"] as const;
export type SortKey = (typeof sortKeys)[number];

export interface SearchState {
  query: string;
  /** Selected values per filter; a paper matches a filter when it has any of them. */
  filters: Record<FilterName, string[]>;
  /** `relevance` needs a query; without one the page browses newest first. */
  sort: SortKey;
}

const emptyFilters = (): Record<FilterName, string[]> =>
  Object.fromEntries(filterNames.map((name) => [name, []])) as unknown as Record<FilterName, string[]>;

const isSortKey = (value: string | null): value is SortKey => sortKeys.some((key) => key === value);

/** The sort that applies when the URL names none: relevance for a query, newest first when browsing. */
export const defaultSort = (query: string): SortKey => (query.trim() === "" ? "date" : "relevance");

export const parseSearchState = (params: URLSearchParams): SearchState => {
  const query = params.get("q") ?? "";
  const filters = emptyFilters();
  for (const name of filterNames) filters[name] = [...new Set(params.getAll(name).filter((value) => value !== ""))];
  const sort = params.get("sort");
  return { query, filters, sort: isSortKey(sort) ? sort : defaultSort(query) };
};

/** Only non-default parts are written, so the plain search page URL stays `search/`. */
export const serializeSearchState = (state: SearchState): URLSearchParams => {
  const params = new URLSearchParams();
  if (state.query !== "") params.set("q", state.query);
  for (const name of filterNames) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort !== defaultSort(state.query)) params.set("sort", state.sort);
  return params;
};

export const hasActiveFilters = (state: SearchState): boolean =>
  filterNames.some((name) => state.filters[name].length > 0);
