/**
 * Splitting a long listing into numbered pages: the first page keeps the listing's own URL (`/topics/<slug>/`), the
 * others add their number (`/topics/<slug>/2/`). Topic, digest and timeline pages all page this way, so each page's
 * view, and with it its cache key, holds only its own slice and where it sits.
 */

/** Where a page sits among the pages of its listing, and the links to its neighbours. */
export interface PaginationView {
  currentPage: number;
  lastPage: number;
  /** Zero-based indices of this page's first and last item within the whole listing. */
  start: number;
  end: number;
  /** Items in the whole listing. */
  total: number;
  firstUrl: string;
  prevUrl?: string;
  nextUrl?: string;
}

export interface ListingPage<T> {
  /** The route parameter after the listing's own path: `undefined` for page 1, else the page number. */
  page: string | undefined;
  items: T[];
  pagination: PaginationView;
}

/** The URL of page `number` of a listing whose first page is `firstUrl` (which ends in `/`). */
export function pageUrl(firstUrl: string, number: number): string {
  return number === 1 ? firstUrl : `${firstUrl}${number}/`;
}

/** A listing cut into pages of `pageSize`; an empty listing still has its first page. */
export function paginateListing<T>(items: readonly T[], firstUrl: string, pageSize: number): ListingPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a positive integer: ${pageSize}`);
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastPage }, (_, index) => {
    const currentPage = index + 1;
    const start = index * pageSize;
    const slice = items.slice(start, start + pageSize);
    return {
      page: currentPage === 1 ? undefined : String(currentPage),
      items: slice,
      pagination: {
        currentPage,
        lastPage,
        start,
        end: start + Math.max(slice.length, 1) - 1,
        total: items.length,
        firstUrl,
        ...(currentPage > 1 ? { prevUrl: pageUrl(firstUrl, currentPage - 1) } : {}),
        ...(currentPage < lastPage ? { nextUrl: pageUrl(firstUrl, currentPage + 1) } : {}),
      },
    };
  });
}
