/**
 * A dependency-free inline SVG bar chart rendered at build time. It carries no `style` attributes (the page's
 * Content-Security-Policy refuses them): the `.bar-chart` rules in global.css colour the bars and axis labels from
 * the theme's variables, dark mode included, and without the stylesheet everything is drawn in `currentColor`.
 */
import { escapeMarkup } from "../format";
import type { YearCount } from "./year-histogram";

/** One bar: its axis label and value. */
export interface Bar {
  label: string;
  value: number;
}

export interface BarChartOptions {
  /** Unique within the page; prefixes the ids that `aria-labelledby` points at. */
  id: string;
  /** Accessible name of the chart, e.g. "Papers per year". */
  title: string;
  /** How a value reads in the text alternative, e.g. `(n) => n === 1 ? "1 paper" : `${n} papers``. */
  formatValue: (value: number) => string;
}

const WIDTH = 320;
const HEIGHT = 120;
const TOP = 14;
const BOTTOM = 18;
const MAX_LABELLED_BARS = 12;

/** The SVG markup; empty string when there is nothing to draw. */
export function barChartSvg(bars: readonly Bar[], options: BarChartOptions): string {
  if (bars.length === 0) return "";
  const id = escapeMarkup(options.id);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = WIDTH / bars.length;
  const labelEvery = Math.ceil(bars.length / MAX_LABELLED_BARS);
  const marks = bars.map((bar, index) =>
    barMarkup(bar, index, { slot, max, labelled: index % labelEvery === 0, options }),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}"`,
    ` role="img" aria-labelledby="${id}-title ${id}-desc" class="bar-chart"`,
    ` font-size="10" font-family="inherit" fill="currentColor">`,
    `<title id="${id}-title">${escapeMarkup(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeMarkup(describeBars(bars, options.formatValue))}</desc>`,
    `<line x1="0" x2="${WIDTH}" y1="${HEIGHT - BOTTOM}" y2="${HEIGHT - BOTTOM}" stroke="currentColor" stroke-opacity="0.4"/>`,
    ...marks,
    `</svg>`,
  ].join("");
}

/** The same data as a sentence, for `<desc>` and for anyone who would rather read than look. */
export function describeBars(bars: readonly Bar[], formatValue: (value: number) => string): string {
  return `${bars.map((bar) => `${bar.label}: ${formatValue(bar.value)}`).join("; ")}.`;
}

interface BarLayout {
  slot: number;
  max: number;
  labelled: boolean;
  options: BarChartOptions;
}

function barMarkup(bar: Bar, index: number, layout: BarLayout): string {
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const height = round((bar.value / layout.max) * plotHeight);
  const width = round(layout.slot * 0.7);
  const x = round(index * layout.slot + (layout.slot - width) / 2);
  const centre = round(index * layout.slot + layout.slot / 2);
  const y = round(HEIGHT - BOTTOM - height);
  const tooltip = `${bar.label}: ${layout.options.formatValue(bar.value)}`;
  const parts = [
    `<g>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="1.5">`,
    `<title>${escapeMarkup(tooltip)}</title></rect>`,
  ];
  if (layout.labelled) {
    parts.push(
      `<text x="${centre}" y="${HEIGHT - 5}" text-anchor="middle" class="axis">${escapeMarkup(bar.label)}</text>`,
    );
    if (bar.value > 0) parts.push(`<text x="${centre}" y="${y - 3}" text-anchor="middle">${bar.value}</text>`);
  }
  parts.push(`</g>`);
  return parts.join("");
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/* The papers-per-year chart of topic pages: a year histogram drawn as an accessible bar chart. */

export function formatPaperCount(count: number): string {
  return count === 1 ? "1 paper" : `${count} papers`;
}

/** Inline SVG for `set:html`; `id` must be unique on the page (e.g. `year-chart-<topic slug>`). */
export function papersPerYearSvg(histogram: readonly YearCount[], id: string, title = "Papers per year"): string {
  const bars = histogram.map(({ year, count }) => ({ label: String(year), value: count }));
  return barChartSvg(bars, { id, title, formatValue: formatPaperCount });
}
