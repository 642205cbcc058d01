/** The timeline (`/timeline/`): papers by year and month of publication, newest first; undated ones last. */
import type { Corpus } from "../corpus";
import { countOf } from "../../lib/format";
import { groupByYearAndMonth } from "../timeline";

/** A paper on the timeline: a title link after its day. */
export interface TimelineEntryView {
  slug: string;
  title: string;
  published?: string;
}

export interface TimelineYearView {
  /** Absent for the papers without a date. */
  year?: number;
  count: number;
  months: Array<{ month: number; papers: TimelineEntryView[] }>;
}

export interface TimelineView {
  lede: string;
  years: TimelineYearView[];
}

export function timelineView({ papers }: Corpus<unknown>): TimelineView {
  return {
    lede: `${countOf(papers.length, "paper")} by when they were published.`,
    years: groupByYearAndMonth(papers).map((group) => ({
      ...(group.year === undefined ? {} : { year: group.year }),
      count: group.count,
      months: group.months.map((month) => ({
        month: month.month,
        papers: month.papers.map(({ data }) => ({
          slug: data.slug,
          title: data.title,
          ...(data.published === undefined ? {} : { published: data.published }),
        })),
      })),
    })),
  };
}
