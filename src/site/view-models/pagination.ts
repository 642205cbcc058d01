/**
 * Splitting a long listing into numbered pages, each page's view (and with it its cache key) holding only its own
 * slice, where it sits and the pager's links. The first page keeps the listing's own URL (`/topics/<slug>/`), the
 * others add their number (`/topics/<slug>/2/`). Two numberings:
 *
 * - A listing that never grows (a digest) counts pages from its start: page 2 follows the listing's own page.
 * - A listing that grows at its newest end (a topic, a timeline period) shows its newest items on its own page and
 *   counts the pages behind it from the oldest end: page 1 holds the 40 oldest items, page 2 the next 40, and so
 *   on up to the newest page behind the listing's own one, which fills as items move off the first page. A new item
 *   changes the listing's own page and that newest numbered page only; every other page, its URL and its content stay
 *   as they were, so a bookmark of `/topics/<slug>/3/` keeps showing the same papers and a rebuild reuses the page.
 *   Those pages leave out what changes with every item (how many there are, how many pages).
 */

/** One link of the pager, in reading order. */
export interface PagerEntry {
  /** The page's number, as its URL carries it; absent for the listing's own page of a newest-first listing. */
  number?: number;
  url: string;
  current?: true;
  /** Pages between the entry before and this one are left out (the pager shows an ellipsis). */
  gapBefore?: true;
}

/** Where a page sits among the pages of its listing, and the links to its neighbours. */
export interface PaginationView {
  /** This page's number in its URL; absent for the listing's own page. */
  number?: number;
  /**
   * Positions of the page's first and last item (1-based; both 0 for an empty listing): counted from the listing's
   * start, or, on the numbered pages of a newest-first listing, from its oldest item (`fromOldest`).
   */
  first: number;
  last: number;
  fromOldest?: true;
  /** Items in the whole listing; absent where it would change with every new item (`fromOldest` pages). */
  total?: number;
  /** The pages before and after this one in reading order. */
  prevUrl?: string;
  nextUrl?: string;
  /** Empty when the whole listing fits one page. */
  pages: PagerEntry[];
}

export interface ListingPage<T> {
  /** The route parameter after the listing's own path: `undefined` for its own page, else the page number. */
  page: string | undefined;
  items: T[];
  pagination: PaginationView;
}

/** The URL of page `number` of a listing whose own page is `firstUrl` (which ends in `/`); 0 is that page. */
export function pageUrl(firstUrl: string, number: number): string {
  return number === 0 ? firstUrl : `${firstUrl}${number}/`;
}

function checkPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a positive integer: ${pageSize}`);
}

/**
 * Pager entries for page numbers in reading order. `before` is the number a gap is measured from for the first of
 * them: the one a page just before it in reading order would have.
 */
function numberedEntries(
  numbers: readonly number[],
  current: number,
  urlOf: (number: number) => string,
  before: number,
): PagerEntry[] {
  let previous = before;
  return numbers.map((number) => {
    const entry: PagerEntry = {
      number,
      url: urlOf(number),
      ...(number === current ? { current: true as const } : {}),
      ...(Math.abs(number - previous) > 1 ? { gapBefore: true as const } : {}),
    };
    previous = number;
    return entry;
  });
}

/** Distinct numbers within `low`–`high`, in the given direction. */
const window = (numbers: readonly number[], low: number, high: number, descending: boolean): number[] =>
  [...new Set(numbers)]
    .filter((number) => number >= low && number <= high)
    .sort((a, b) => (descending ? b - a : a - b));

/** A listing that never grows, cut into pages of `pageSize` from its start; an empty one still has its first page. */
export function paginateListing<T>(items: readonly T[], firstUrl: string, pageSize: number): ListingPage<T>[] {
  checkPageSize(pageSize);
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  const url = (number: number): string => pageUrl(firstUrl, number === 1 ? 0 : number);
  return Array.from({ length: lastPage }, (_, index) => {
    const number = index + 1;
    const start = index * pageSize;
    const slice = items.slice(start, start + pageSize);
    return {
      page: number === 1 ? undefined : String(number),
      items: slice,
      pagination: {
        ...(number === 1 ? {} : { number }),
        first: slice.length === 0 ? 0 : start + 1,
        last: start + slice.length,
        total: items.length,
        ...(number > 1 ? { prevUrl: url(number - 1) } : {}),
        ...(number < lastPage ? { nextUrl: url(number + 1) } : {}),
        pages:
          lastPage === 1
            ? []
            : numberedEntries(
                window([1, number - 1, number, number + 1, lastPage], 1, lastPage, false),
                number,
                url,
                0,
              ),
      },
    };
  });
}

/**
 * A listing that grows at its newest end (`items` newest first): its own page holds the newest `pageSize` items,
 * the numbered pages behind it the rest, counted from the oldest (see the module comment). Pages come newest first,
 * so their items in order are the listing's.
 */
export function paginateNewestFirst<T>(items: readonly T[], firstUrl: string, pageSize: number): ListingPage<T>[] {
  checkPageSize(pageSize);
  const total = items.length;
  const behind = Math.max(0, total - pageSize);
  /** Numbered pages; page `k` holds the items `(k-1)·pageSize + 1` to `k·pageSize` counted from the oldest. */
  const numbered = Math.ceil(behind / pageSize);
  /** The own page, then a window of the numbered pages around the current one, newest first, and page 1. */
  const pagerOf = (current: number): PagerEntry[] => {
    if (numbered === 0) return [];
    const around = current === 0 ? [numbered, 1] : [current + 1, current, current - 1, 1];
    const own: PagerEntry = { url: firstUrl, ...(current === 0 ? { current: true as const } : {}) };
    // The own page stands for the number after the newest numbered page, so a gap after it means pages were skipped.
    const url = (number: number): string => pageUrl(firstUrl, number);
    return [own, ...numberedEntries(window(around, 1, numbered, true), current, url, numbered + 1)];
  };
  const ownPage: ListingPage<T> = {
    page: undefined,
    items: items.slice(0, pageSize),
    pagination: {
      first: total === 0 ? 0 : 1,
      last: Math.min(total, pageSize),
      total,
      ...(numbered > 0 ? { nextUrl: pageUrl(firstUrl, numbered) } : {}),
      pages: pagerOf(0),
    },
  };
  const numberedPages = Array.from({ length: numbered }, (_, index): ListingPage<T> => {
    const number = numbered - index;
    const oldestFirst = (number - 1) * pageSize;
    const newestFromOldest = Math.min(number * pageSize, behind);
    return {
      page: String(number),
      items: items.slice(total - newestFromOldest, total - oldestFirst),
      pagination: {
        number,
        first: oldestFirst + 1,
        last: newestFromOldest,
        fromOldest: true,
        prevUrl: pageUrl(firstUrl, number === numbered ? 0 : number + 1),
        ...(number > 1 ? { nextUrl: pageUrl(firstUrl, number - 1) } : {}),
        pages: pagerOf(number),
      },
    };
  });
  return [ownPage, ...numberedPages];
}
