/** Papers grouped by year and month of publication, newest first; undated papers form their own group. */
import { dayParts } from "../format/day";
import type { CorpusPaper } from "../corpus";

export interface MonthGroup {
  month: number;
  papers: CorpusPaper[];
}

export interface YearGroup {
  /** `undefined` for papers without a date. */
  year: number | undefined;
  count: number;
  months: MonthGroup[];
}

/** Expects papers already sorted newest first, as the corpus provides them. */
export function groupByYearAndMonth(papers: CorpusPaper[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const paper of papers) {
    const parts = paper.data.published ? dayParts(paper.data.published) : undefined;
    let year = years.at(-1);
    if (!year || year.year !== parts?.year) {
      year = { year: parts?.year, count: 0, months: [] };
      years.push(year);
    }
    year.count += 1;
    const monthNumber = parts?.month ?? 0;
    let month = year.months.at(-1);
    if (!month || month.month !== monthNumber) {
      month = { month: monthNumber, papers: [] };
      year.months.push(month);
    }
    month.papers.push(paper);
  }
  return years;
}
