/**
 * The search page controller: reads the state from the URL, runs Pagefind as the reader types, filters or
 * sorts, renders results and facet counts, and writes the state back to the URL (typing replaces the history
 * entry, filter/sort changes push one) so back/forward replay searches.
 */
import { buildFacets, selectedFilters, type Facets } from "./facets";
import { installFiltersDisclosure } from "./filters-disclosure";
import { loadPagefind, type SearchIndex } from "./load-pagefind";
import { countOf } from "../../lib/format";
import type { FilterCounts, ResultFeed, SearchAnswer, ShardedSearch } from "./pagefind-api";
import { renderResult } from "./render-results";
import { ownFilterLeftOut, toPagefindQuery } from "./to-pagefind";
import {
  defaultSort,
  hasActiveFilters,
  parseSearchState,
  serializeSearchState,
  type SearchState,
  type SortKey,
} from "./url-state";

const pageSize = 20;
const typingDebounceMs = 120;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  facets: HTMLElement;
  /** The search index the page was built with (`data-index-version`, `data-index-shards`). */
  index: SearchIndex;
}

const required = <T extends Element>(root: ParentNode, selector: string, type: new () => T): T => {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`search page is missing ${selector}`);
  return found;
};

const indexOf = (element: HTMLElement): SearchIndex => ({
  version: element.dataset["indexVersion"] ?? "",
  shards: (element.dataset["indexShards"] ?? "").split(" ").filter(Boolean),
});

const findElements = (root: ParentNode): Elements => ({
  form: required(root, "[data-search-form]", HTMLFormElement),
  input: required(root, "[data-search-input]", HTMLInputElement),
  sort: required(root, "[data-search-sort]", HTMLSelectElement),
  status: required(root, "[data-search-status]", HTMLElement),
  results: required(root, "[data-search-results]", HTMLOListElement),
  more: required(root, "[data-search-more]", HTMLButtonElement),
  facets: required(root, "[data-search-facets]", HTMLElement),
  index: indexOf(required(root, "[data-index-version]", HTMLElement)),
});

const describe = (count: number, state: SearchState): string => {
  const papers = countOf(count, "paper");
  if (state.query.trim() !== "") return `${papers} for “${state.query.trim()}”`;
  return hasActiveFilters(state) ? `${papers} match the filters, newest first` : `All ${papers}, newest first`;
};

/**
 * What the page says when search cannot start. The dev server builds its own index (`scripts/astro/dev-search.ts`)
 * and logs why when it cannot, so there the reader is sent to that log, or to a real build.
 */
export const searchFailedMessage = (dev: boolean): string =>
  dev
    ? "Search could not start: the dev server could not build the search index (its log says why). A build (npm run build, then npm run preview) always has one."
    : "Search could not start. Try reloading the page.";

/** Results per filter value: the response's, except that a filter with a selection is counted without it. */
const facetCounts = async (
  pagefind: ShardedSearch,
  state: SearchState,
  response: SearchAnswer,
): Promise<FilterCounts> => {
  const counts: FilterCounts = { ...response.filters };
  await Promise.all(
    ownFilterLeftOut(state).map(async ([name, { term, options }]) => {
      counts[name] = (await pagefind.search(term, options))?.filters[name] ?? {};
    }),
  );
  return counts;
};

export const startSearchPage = async (root: ParentNode = document): Promise<void> => {
  const ui = findElements(root);
  let state = parseSearchState(new URLSearchParams(location.search));
  let runId = 0;
  let feed: ResultFeed | undefined;

  const showControls = (): void => {
    ui.input.value = state.query;
    ui.sort.value = state.sort;
  };

  root.querySelector<HTMLElement>("[data-search-nojs]")?.setAttribute("hidden", "");
  for (const control of root.querySelectorAll<HTMLElement>("[data-search-ui]")) control.hidden = false;
  root.querySelector("[data-search-root]")?.setAttribute("aria-busy", "true");
  installFiltersDisclosure(required(root, "[data-filters-toggle]", HTMLButtonElement), ui.facets);
  showControls();
  ui.status.textContent = "Loading the search index…";
  const pagefind = await loadPagefind(ui.index);
  const facets: Facets = buildFacets(ui.facets, await pagefind.filters(), state);

  const showMore = async (): Promise<void> => {
    if (!feed) return;
    ui.results.append(...(await feed.next(pageSize)).map(renderResult));
    ui.more.hidden = feed.done;
  };

  const run = async (pagefind: ShardedSearch, debounce: boolean): Promise<void> => {
    const id = ++runId;
    const { term, options } = toPagefindQuery(state);
    const response = await pagefind.search(term, options, debounce ? typingDebounceMs : undefined);
    if (response === null || id !== runId) return;
    const counts = await facetCounts(pagefind, state, response);
    if (id !== runId) return;
    feed = response.feed;
    ui.results.replaceChildren();
    await showMore();
    if (id !== runId) return;
    ui.status.textContent = describe(response.feed.total, state);
    facets.update(state, counts);
    root.querySelector("[data-search-root]")?.setAttribute("aria-busy", "false");
  };

  const commit = (mode: "push" | "replace"): void => {
    const query = serializeSearchState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ""}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };

  const takeQuery = (): void => {
    const sortWasDefault = state.sort === defaultSort(state.query);
    state = { ...state, query: ui.input.value };
    if (sortWasDefault) state.sort = defaultSort(state.query);
    ui.sort.value = state.sort;
    commit("replace");
  };

  // The box takes typing while the index loads (seconds for a large corpus): what the reader typed is the first search.
  if (ui.input.value !== state.query) takeQuery();
  ui.input.addEventListener("input", () => {
    takeQuery();
    void run(pagefind, true);
  });
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    commit("push");
    void run(pagefind, false);
  });
  ui.sort.addEventListener("change", () => {
    state = { ...state, sort: ui.sort.value as SortKey };
    commit("push");
    void run(pagefind, false);
  });
  ui.facets.addEventListener("change", () => {
    state = { ...state, filters: selectedFilters(ui.facets) };
    commit("push");
    void run(pagefind, false);
  });
  ui.more.addEventListener("click", () => void showMore());
  window.addEventListener("popstate", () => {
    state = parseSearchState(new URLSearchParams(location.search));
    showControls();
    void run(pagefind, false);
  });
  await run(pagefind, false);
};
