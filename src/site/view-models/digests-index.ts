/**
 * The digests index: every source digest, newest first, with its date and paper count. The newest
 * `DIGESTS_INDEX_PAGE_SIZE` are on `/digests/`, the older ones on pages behind it numbered from the oldest
 * (`/digests/1/`, ...), so a new digest changes the first page and the newest numbered one only. Digest pages share
 * the `/digests/` prefix; the ingest never gives a digest a whole number as its id, so the two cannot collide.
 */
import type { Corpus } from "../corpus";
import { countOf } from "../../lib/format";
import { href } from "../paths";
import { paginateNewestFirst, type PaginationView } from "./pagination";
import { viewKey } from "./view-key";

/** About 170 bytes a row: a page of them stays well inside the listing-page budget. */
export const DIGESTS_INDEX_PAGE_SIZE = 150;

export interface DigestSummaryView {
  id: string;
  label: string;
  published: number;
  dateInferred: boolean;
  file: string;
}

export interface DigestsIndexView {
  /** How many digests there are: on `/digests/` only, since it changes with every digest. */
  lede?: string;
  digests: DigestSummaryView[];
  pagination: PaginationView;
}

export function digestsIndexPaths({ digests }: Corpus<unknown>, pageSize = DIGESTS_INDEX_PAGE_SIZE) {
  const lede = `The ${countOf(digests.length, "daily listing")} Lectern was built from, each kept in its original order.`;
  const rows = digests.map((digest): DigestSummaryView => ({
    id: digest.id,
    label: digest.label,
    published: digest.entries.filter((entry) => entry.slug).length,
    dateInferred: digest.dateInferred,
    file: digest.file,
  }));
  return paginateNewestFirst(rows, href("digests/"), pageSize).map(({ page, items, pagination }) => {
    const view: DigestsIndexView = { ...(page === undefined ? { lede } : {}), digests: items, pagination };
    return { params: { page }, props: { view }, cacheKey: viewKey(view) };
  });
}
