/**
 * Which values a filter shows, in which order: most results first, counted within the current results, so the
 * values that matter for this search come to the top; values with no results are left out unless ticked (ticking
 * one could only empty the list); past the first few, the rest wait behind "show all". Pure, so it is tested
 * without a browser.
 */
import { compareCodePoints } from "../../lib/order";

/** Values shown before "show all"; a list only collapses when that hides at least `MIN_HIDDEN` more. */
export const TOP_VALUES = 6;
const MIN_HIDDEN = 3;

export interface FacetValueView {
  value: string;
  count: number;
  checked: boolean;
}

export interface FacetView {
  /** The values to show, in display order. */
  shown: FacetValueView[];
  /** Values with results that "show all" would add (0 when expanded or when the list is short). */
  collapsed: number;
  /** Values with results, ticked ones included: what "show all" shows. */
  available: number;
}

export interface FacetInput {
  /** Every value the filter has (from the index, plus any the URL asks for). */
  values: readonly string[];
  /** Results per value for the current search; a value missing here has none. */
  counts: Readonly<Record<string, number>>;
  selected: readonly string[];
  expanded: boolean;
  /** Among equal counts: newest year first, "yes" before "no" for code, otherwise code-point order. */
  descendingTies?: boolean;
}

export function facetView({ values, counts, selected, expanded, descendingTies = false }: FacetInput): FacetView {
  const tie = (a: string, b: string): number => (descendingTies ? compareCodePoints(b, a) : compareCodePoints(a, b));
  const available = [...new Set(values)]
    .map((value) => ({ value, count: counts[value] ?? 0, checked: selected.includes(value) }))
    .filter((entry) => entry.count > 0 || entry.checked)
    .sort((a, b) => b.count - a.count || tie(a.value, b.value));
  const collapse = !expanded && available.length >= TOP_VALUES + MIN_HIDDEN;
  const shown = collapse ? available.filter((entry, index) => index < TOP_VALUES || entry.checked) : available;
  return { shown, collapsed: available.length - shown.length, available: available.length };
}
