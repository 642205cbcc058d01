/**
 * Filter controls: one fieldset of checkboxes per Pagefind filter, built once from the index's values and then
 * updated in place as results change: counts, order (most results first, `facet-view.ts`), which values show, and
 * a "show all" disclosure for long lists. Only nodes out of place move, so the control a reader just used keeps
 * its focus; the counts of a filter leave out its own selection (see `search-page.ts`), so ticking a value never
 * reorders the list it is in.
 */
import { countOf } from "../../lib/format";
import type { FilterCounts } from "./pagefind-api";
import { facetView } from "./facet-view";
import { filterNames, type FilterName, type SearchState } from "./url-state";

const legends: Record<FilterName, string> = {
  topic: "Topic",
  year: "Year",
  category: "Category",
  organisation: "Organisation",
  "has-code": "Code",
  digest: "Digest",
  "has-notes": "Your notes",
  status: "Reading status",
  tag: "Tag",
};

/** What "show all" counts, in the singular and the plural. */
const nouns: Record<FilterName, [string, string]> = {
  topic: ["topic", "topics"],
  year: ["year", "years"],
  category: ["category", "categories"],
  organisation: ["organisation", "organisations"],
  "has-code": ["value", "values"],
  digest: ["digest", "digests"],
  "has-notes": ["value", "values"],
  status: ["status", "statuses"],
  tag: ["tag", "tags"],
};

const yesNoLabels: Partial<Record<FilterName, [string, string]>> = {
  "has-code": ["Has code", "No code"],
  "has-notes": ["Has notes", "No notes"],
};

const valueLabel = (name: FilterName, value: string): string => {
  const labels = yesNoLabels[name];
  return labels ? (value === "yes" ? labels[0] : labels[1]) : value;
};

/** Years newest first and "Has code" before "No code" among equal counts; the rest alphabetically. */
const descendingTies = (name: FilterName): boolean => name === "year" || name in yesNoLabels;

export interface Facets {
  /** Sets checkboxes from the state and shows, orders and counts values by the results they would narrow to. */
  update(state: SearchState, counts: FilterCounts): void;
}

interface Facet {
  name: FilterName;
  values: string[];
  fieldset: HTMLFieldSetElement;
  list: HTMLUListElement;
  toggle: HTMLButtonElement;
  items: Map<string, { item: HTMLLIElement; box: HTMLInputElement; count: HTMLElement }>;
  expanded: boolean;
}

const buildItem = (name: FilterName, value: string, id: string) => {
  const item = document.createElement("li");
  const box = document.createElement("input");
  box.type = "checkbox";
  box.id = id;
  box.name = name;
  box.value = value;
  box.className = "size-4 accent-accent";
  const label = document.createElement("label");
  label.htmlFor = box.id;
  label.className = "flex items-center gap-2 text-ink";
  const text = document.createElement("span");
  text.className = "min-w-0 flex-1 truncate";
  text.textContent = valueLabel(name, value);
  text.title = valueLabel(name, value);
  const count = document.createElement("span");
  count.className = "tabular-nums text-muted";
  label.append(box, text, count);
  item.append(label);
  return { item, box, count };
};

const buildFacet = (name: FilterName, values: string[]): Facet => {
  const fieldset = document.createElement("fieldset");
  // min-w-0: a fieldset is as wide as its longest label by default, which would overflow the sidebar.
  fieldset.className = "min-w-0 space-y-2";
  const legend = document.createElement("legend");
  legend.className = "eyebrow mb-2";
  legend.textContent = legends[name];
  const list = document.createElement("ul");
  list.id = `facet-${name}-values`;
  list.className = "space-y-1 text-sm";
  const items = new Map(values.map((value, index) => [value, buildItem(name, value, `facet-${name}-${index}`)]));
  list.append(...[...items.values()].map(({ item }) => item));
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "text-sm font-medium text-accent hover:underline";
  toggle.setAttribute("aria-controls", list.id);
  fieldset.append(legend, list, toggle);
  return { name, values, fieldset, list, toggle, items, expanded: false };
};

/** Puts the shown items first, in order, moving only those out of place; hides the others. */
const arrange = (facet: Facet, shown: readonly string[]): void => {
  const visible = new Set(shown);
  for (const [value, { item }] of facet.items) item.hidden = !visible.has(value);
  shown.forEach((value, index) => {
    const item = facet.items.get(value)?.item;
    const current = facet.list.children[index];
    if (item && current !== item) facet.list.insertBefore(item, current ?? null);
  });
};

const render = (facet: Facet, state: SearchState, counts: FilterCounts): void => {
  const view = facetView({
    values: facet.values,
    counts: counts[facet.name] ?? {},
    selected: state.filters[facet.name],
    expanded: facet.expanded,
    descendingTies: descendingTies(facet.name),
  });
  for (const [value, { box }] of facet.items) box.checked = state.filters[facet.name].includes(value);
  for (const { value, count } of view.shown) {
    const entry = facet.items.get(value);
    if (entry) entry.count.textContent = String(count);
  }
  arrange(
    facet,
    view.shown.map((entry) => entry.value),
  );
  facet.fieldset.hidden = view.available === 0;
  const canToggle = facet.expanded || view.collapsed > 0;
  facet.toggle.hidden = !canToggle;
  facet.toggle.setAttribute("aria-expanded", String(facet.expanded));
  const [singular, plural] = nouns[facet.name];
  facet.toggle.textContent = facet.expanded
    ? `Show fewer ${plural}`
    : `Show all ${countOf(view.available, singular, plural)}`;
};

/** Index values plus any the URL asks for that the index lacks (a renamed topic), so they show and can be cleared. */
const valuesOf = (name: FilterName, allValues: FilterCounts, state: SearchState): string[] => [
  ...new Set([...Object.keys(allValues[name] ?? {}), ...state.filters[name]]),
];

export const buildFacets = (container: HTMLElement, allValues: FilterCounts, state: SearchState): Facets => {
  const facets = filterNames
    .map((name) => buildFacet(name, valuesOf(name, allValues, state)))
    .filter((facet) => facet.values.length > 0);
  container.replaceChildren(...facets.map((facet) => facet.fieldset));
  let last: { state: SearchState; counts: FilterCounts } = { state, counts: allValues };
  for (const facet of facets) {
    facet.toggle.addEventListener("click", () => {
      facet.expanded = !facet.expanded;
      render(facet, last.state, last.counts);
    });
    render(facet, state, allValues);
  }
  return {
    update: (state, counts) => {
      last = { state, counts };
      for (const facet of facets) render(facet, state, counts);
    },
  };
};

/** Reads the selection back from the checkboxes, for the state after a change. */
export const selectedFilters = (container: HTMLElement): SearchState["filters"] => {
  const filters = Object.fromEntries(filterNames.map((name) => [name, [] as string[]])) as Record<FilterName, string[]>;
  for (const box of container.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) {
    filters[box.name as FilterName].push(box.value);
  }
  return filters;
};
