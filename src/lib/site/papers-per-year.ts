/** Counts of dated papers per year, every year between the first and last present (gaps as zero). */
import type { SitePaper } from "./types";

export interface YearCount {
  year: number;
  count: number;
}

export function papersPerYear(papers: SitePaper[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const paper of papers) {
    const year = Number(paper.data.published?.slice(0, 4));
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts.keys()];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, offset) => ({
    year: first + offset,
    count: counts.get(first + offset) ?? 0,
  }));
}
