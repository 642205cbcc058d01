/** Counts per year over a continuous range, so a chart shows quiet years as gaps instead of hiding them. */

/** Number of papers in one calendar year. */
export interface YearCount {
  year: number;
  count: number;
}

/** Every year from the earliest to the latest known one, zeros included; unknown years are skipped. */
export function yearHistogram(years: readonly (number | undefined)[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const year of years) if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, offset) => ({
    year: first + offset,
    count: counts.get(first + offset) ?? 0,
  }));
}
