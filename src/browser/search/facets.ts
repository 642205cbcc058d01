/**
 * Filter controls: one fieldset of checkboxes per Pagefind filter, built once from the index's values and then
 * updated in place (counts, checked state), so the control a reader just used keeps its focus.
 */
import { compareCodePoints } from "../../lib/order";
import type { FilterCounts } from "./pagefind-api";
import { filterNames, type FilterName, type SearchState } from "./url-state";

const legends: Record<FilterName, string> = {
  topic: "Topic",
  year: "Year",
  organisation: "Organisation",
  "has-code": "Code",
  digest: "Digest",
};

const valueLabel = (name: FilterName, value: string): string =>
  name === "has-code" ? (value === "yes" ? "Has code" : "No code") : value;

/** Years newest first, digests in file order, the rest most common first. */
const orderValues = (name: FilterName, counts: Record<string, number>): string[] => {
  const values = Object.keys(counts);
  if (name === "year" || name === "has-code") return values.sort(compareCodePoints).reverse();
  if (name === "digest") return values.sort(compareCodePoints);
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || compareCodePoints(a, b));
};

export interface Facets {
  /** Sets checkboxes from the state and shows how many current results carry each value. */
  update(state: SearchState, counts: FilterCounts): void;
}

const facetId = (name: string, index: number): string => `facet-${name}-${index}`;

const buildFieldset = (name: FilterName, counts: Record<string, number>): HTMLFieldSetElement => {
  const fieldset = document.createElement("fieldset");
  // min-w-0: a fieldset is as wide as its longest label by default, which would overflow the sidebar.
  fieldset.className = "min-w-0 space-y-2";
  const legend = document.createElement("legend");
  legend.className = "eyebrow mb-2";
  legend.textContent = legends[name];
  const list = document.createElement("ul");
  list.className = "max-h-56 space-y-1 overflow-y-auto pr-1 text-sm";
  orderValues(name, counts).forEach((value, index) => {
    const item = document.createElement("li");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = facetId(name, index);
    box.name = name;
    box.value = value;
    box.className = "size-4 accent-accent";
    const label = document.createElement("label");
    label.htmlFor = box.id;
    label.className = "flex items-center gap-2 text-ink";
    const text = document.createElement("span");
    text.className = "min-w-0 flex-1 truncate";
    text.textContent = valueLabel(name, value);
    const count = document.createElement("span");
    count.className = "tabular-nums text-muted";
    count.dataset["count"] = "";
    label.append(box, text, count);
    item.append(label);
    list.append(item);
  });
  fieldset.append(legend, list);
  return fieldset;
};

/** Index values plus any the URL asks for that the index lacks (a renamed topic), so they show and can be cleared. */
const valuesToShow = (name: FilterName, allValues: FilterCounts, state: SearchState): Record<string, number> => ({
  ...Object.fromEntries(state.filters[name].map((value) => [value, 0])),
  ...allValues[name],
});

export const buildFacets = (container: HTMLElement, allValues: FilterCounts, state: SearchState): Facets => {
  const shown = filterNames.map((name) => [name, valuesToShow(name, allValues, state)] as const);
  container.replaceChildren(
    ...shown
      .filter(([, values]) => Object.keys(values).length > 0)
      .map(([name, values]) => buildFieldset(name, values)),
  );
  const boxes = [...container.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  return {
    update: (state, counts) => {
      for (const box of boxes) {
        const name = box.name as FilterName;
        box.checked = state.filters[name].includes(box.value);
        const count = counts[name]?.[box.value] ?? 0;
        const countNode = box.parentElement?.querySelector<HTMLElement>("[data-count]");
        if (countNode) countNode.textContent = String(count);
        // Muted rather than faded: values with no results stay readable (contrast AA) and selectable.
        box.nextElementSibling?.classList.toggle("text-muted", count === 0 && !box.checked);
      }
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
