/**
 * The timeline: a year index at `/timeline/`, then one page per year (`/timeline/2024/`) listing its papers by month,
 * newest first. A year too large for one light page lists its months instead, each month its own page
 * (`/timeline/2024/03/`); papers without a date share `/timeline/undated/`. Long month and undated listings page on
 * like a topic, the newest papers first and the pages behind numbered from the oldest (`/timeline/2024/03/1/`; see
 * `paginateNewestFirst`), and those pages leave the period's count out of their lede.
 */
import type { Corpus, CorpusPaper } from "../corpus";
import { countOf, monthName } from "../../lib/format";
import { href } from "../paths";
import { groupByYearAndMonth, type YearGroup } from "../timeline";
import { paginateNewestFirst, type PaginationView } from "./pagination";
import { viewKey } from "./view-key";

/** Papers per timeline page, and the most a year may hold and still be one page rather than a page per month. */
const TIMELINE_PAGE_SIZE = 100;

/** A paper on the timeline: a title link after its day. */
export interface TimelineEntryView {
  slug: string;
  title: string;
  published?: string;
}

/** A link to another timeline page. */
export interface TimelineLink {
  label: string;
  url: string;
}

/** A month of a year, as a link with its count: to the month's own page, or to its place on the year's page. */
export interface TimelineMonthLink extends TimelineLink {
  month: number;
  count: number;
}

export interface TimelineIndexYearView extends TimelineLink {
  /** Absent for the papers without a date. */
  year?: number;
  count: number;
  months: TimelineMonthLink[];
}

/** `/timeline/`: every year with its months, newest first, undated papers last. */
export interface TimelineIndexView {
  lede: string;
  years: TimelineIndexYearView[];
}

/** Papers of one month on a timeline page (`month` 0 for undated papers). */
export interface TimelineMonthView {
  month: number;
  papers: TimelineEntryView[];
}

/** One timeline page: a year, a month of a large year, or the undated papers, possibly one page of several. */
export interface TimelinePeriodView {
  title: string;
  lede: string;
  /** The year page above a month page. */
  up?: TimelineLink;
  /** A large year's page: its months, each on its own page. */
  months: TimelineMonthLink[];
  groups: TimelineMonthView[];
  pagination: PaginationView;
  /** The neighbouring period, newer and older. */
  newer?: TimelineLink;
  older?: TimelineLink;
}

export interface TimelineOptions {
  pageSize?: number;
}

const yearSegment = (year: number | undefined): string => (year === undefined ? "undated" : String(year));
const monthSegment = (month: number): string => String(month).padStart(2, "0");
const yearUrl = (year: number | undefined): string => href(`timeline/${yearSegment(year)}/`);
const monthUrl = (year: number, month: number): string => href(`timeline/${year}/${monthSegment(month)}/`);
const yearLabel = (year: number | undefined): string => (year === undefined ? "Undated" : String(year));
const monthLabel = (year: number, month: number): string => `${monthName(month)} ${year}`;

function isSplit(group: YearGroup<unknown>, pageSize: number): boolean {
  return group.year !== undefined && group.count > pageSize;
}

function monthLinks(group: YearGroup<unknown>, pageSize: number): TimelineMonthLink[] {
  const { year } = group;
  if (year === undefined) return [];
  const split = isSplit(group, pageSize);
  return group.months.map((month) => ({
    month: month.month,
    count: month.papers.length,
    label: monthLabel(year, month.month),
    url: split ? monthUrl(year, month.month) : `${yearUrl(year)}#m${monthSegment(month.month)}`,
  }));
}

function entryView({ data }: CorpusPaper<unknown>): TimelineEntryView {
  return {
    slug: data.slug,
    title: data.title,
    ...(data.published === undefined ? {} : { published: data.published }),
  };
}

/** Consecutive entries of the same month, in order. */
function byMonth(entries: readonly { month: number; entry: TimelineEntryView }[]): TimelineMonthView[] {
  const groups: TimelineMonthView[] = [];
  for (const { month, entry } of entries) {
    const last = groups.at(-1);
    if (last?.month === month) last.papers.push(entry);
    else groups.push({ month, papers: [entry] });
  }
  return groups;
}

export function timelineIndexView(
  { papers }: Corpus<unknown>,
  { pageSize = TIMELINE_PAGE_SIZE } = {},
): TimelineIndexView {
  return {
    lede: `${countOf(papers.length, "paper")} by when they were published, newest first.`,
    years: groupByYearAndMonth(papers).map((group) => ({
      ...(group.year === undefined ? {} : { year: group.year }),
      label: yearLabel(group.year),
      url: yearUrl(group.year),
      count: group.count,
      months: monthLinks(group, pageSize),
    })),
  };
}

/** One period's papers as timeline pages, between its newer and older neighbours. */
interface Period {
  /** The route parameter of its first page: `2024`, `2024/03`, `undated`. */
  segment: string;
  title: string;
  lede: string;
  /** The lede of the numbered pages behind the first: without the count, which a new paper changes. */
  ledeBehind: string;
  url: string;
  up?: TimelineLink;
  months: TimelineMonthLink[];
  entries: { month: number; entry: TimelineEntryView }[];
}

function periodsOf(years: readonly YearGroup<CorpusPaper<unknown>>[], pageSize: number): Period[][] {
  return years.map((group) => {
    const { year } = group;
    const entriesOf = (months: typeof group.months) =>
      months.flatMap((month) => month.papers.map((paper) => ({ month: month.month, entry: entryView(paper) })));
    const yearPeriod: Period = {
      segment: yearSegment(year),
      title: year === undefined ? "Undated papers" : String(year),
      lede:
        year === undefined
          ? `${countOf(group.count, "paper")} whose listing gave no date.`
          : `${countOf(group.count, "paper")} published in ${year}, newest first.`,
      ledeBehind:
        year === undefined ? "Papers whose listing gave no date." : `Papers published in ${year}, newest first.`,
      url: yearUrl(year),
      months: isSplit(group, pageSize) ? monthLinks(group, pageSize) : [],
      entries: isSplit(group, pageSize) ? [] : entriesOf(group.months),
    };
    if (year === undefined || !isSplit(group, pageSize)) return [yearPeriod];
    const up = { label: String(year), url: yearUrl(year) };
    return [
      yearPeriod,
      ...group.months.map((month) => ({
        segment: `${year}/${monthSegment(month.month)}`,
        title: monthLabel(year, month.month),
        lede: `${countOf(month.papers.length, "paper")} published in ${monthLabel(year, month.month)}, newest first.`,
        ledeBehind: `Papers published in ${monthLabel(year, month.month)}, newest first.`,
        url: monthUrl(year, month.month),
        up,
        months: [],
        entries: entriesOf([month]),
      })),
    ];
  });
}

const linkTo = (period: Period | undefined): TimelineLink | undefined =>
  period && { label: period.title, url: period.url };

/** Every timeline page below the index, each keyed by its view. */
export function timelinePagePaths(corpus: Corpus<unknown>, { pageSize = TIMELINE_PAGE_SIZE }: TimelineOptions = {}) {
  const periods = periodsOf(groupByYearAndMonth(corpus.papers), pageSize);
  const yearPeriods = periods.map((year) => year[0]);
  return periods.flatMap((year, yearIndex) =>
    year.flatMap((period, index) => {
      // A year page sits between the neighbouring years, a month page between the neighbouring months of its year.
      const siblings = index === 0 ? yearPeriods : year.slice(1);
      const at = index === 0 ? yearIndex : index - 1;
      const newer = linkTo(siblings[at - 1]);
      const older = linkTo(siblings[at + 1]);
      return paginateNewestFirst(period.entries, period.url, pageSize).map(({ page, items, pagination }) => {
        const view: TimelinePeriodView = {
          title: period.title,
          lede: page === undefined ? period.lede : period.ledeBehind,
          ...(period.up ? { up: period.up } : {}),
          months: period.months,
          groups: byMonth(items),
          pagination,
          ...(newer ? { newer } : {}),
          ...(older ? { older } : {}),
        };
        const segment = page === undefined ? period.segment : `${period.segment}/${page}`;
        return { params: { period: segment }, props: { view }, cacheKey: viewKey(view) };
      });
    }),
  );
}
