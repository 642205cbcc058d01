/** The papers-per-year chart of topic pages: a year histogram drawn as an accessible bar chart. */
import { barChartSvg } from "./bar-chart";
import type { YearCount } from "./year-histogram";

export function formatPaperCount(count: number): string {
  return count === 1 ? "1 paper" : `${count} papers`;
}

/** Inline SVG for `set:html`; `id` must be unique on the page (e.g. `year-chart-<topic slug>`). */
export function papersPerYearSvg(histogram: readonly YearCount[], id: string, title = "Papers per year"): string {
  const bars = histogram.map(({ year, count }) => ({ label: String(year), value: count }));
  return barChartSvg(bars, { id, title, formatValue: formatPaperCount });
}
