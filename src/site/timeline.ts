/** Papers grouped by year and month of publication, newest first; undated papers form their own group. */
import { dayParts } from "../lib/format";
import { compareCodePoints } from "../lib/order";
import type { Paper } from "../schema/paper";

/** Anything carrying a paper's frontmatter, e.g. a corpus paper. */
type Dated = { data: Pick<Paper, "published"> };

export interface MonthGroup<P> {
  month: number;
  papers: P[];
}

export interface YearGroup<P> {
  /** `undefined` for papers without a date. */
  year: number | undefined;
  count: number;
  months: MonthGroup<P>[];
}

/** Expects papers already sorted newest first, as the corpus provides them. */
export function groupByYearAndMonth<P extends Dated>(papers: readonly P[]): YearGroup<P>[] {
  const years: YearGroup<P>[] = [];
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

/** The span of publication days in a set of papers, for "what Lectern holds". */

export interface DayRange {
  first: string;
  last: string;
}

export function publicationRange(papers: readonly { data: Pick<Paper, "published"> }[]): DayRange | undefined {
  const days = papers.flatMap((paper) => paper.data.published ?? []).sort(compareCodePoints);
  const first = days[0];
  const last = days.at(-1);
  return first && last ? { first, last } : undefined;
}
