/** Translates the page's search state into a Pagefind call: the term (null to browse), filters and sort. */
import type { SearchOptions } from "./pagefind-api";
import { filterNames, type FilterName, type SearchState } from "./url-state";

export interface PagefindQuery {
  term: string | null;
  options: SearchOptions;
}

export const toPagefindQuery = (state: SearchState): PagefindQuery => {
  const term = state.query.trim() === "" ? null : state.query.trim();
  const filters = Object.fromEntries(
    filterNames.filter((name) => state.filters[name].length > 0).map((name) => [name, { any: state.filters[name] }]),
  );
  // Relevance without a term has no meaning, so browsing falls back to newest first.
  const sortKey = state.sort === "relevance" && term === null ? "date" : state.sort;
  const options: SearchOptions = { filters };
  if (sortKey !== "relevance") options.sort = { [sortKey]: "desc" };
  return { term, options };
};

/**
 * One query per filter with a selection, that filter left out: values of one filter combine with "any", so the
 * count a value shows is what ticking it would add, counted under the other filters only.
 */
export const ownFilterLeftOut = (state: SearchState): [FilterName, PagefindQuery][] =>
  filterNames
    .filter((name) => state.filters[name].length > 0)
    .map((name) => [name, toPagefindQuery({ ...state, filters: { ...state.filters, [name]: [] } })]);
