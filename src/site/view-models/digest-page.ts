/**
 * A digest's pages (`/digests/<id>/`, `/digests/<id>/2/`, ...): its entries in listing order, each a compact paper
 * row or why it was not published, a page of entries at a time.
 */
import type { Corpus, CorpusDigest } from "../corpus";
import { countOf } from "../../lib/format";
import { digestPath } from "../paths";
import { cardLookup, type PositionedCardView } from "./card";
import { paginateListing, type PaginationView } from "./pagination";
import { viewKey } from "./view-key";

/** Entries per digest page, rejected ones included: a 400-entry listing becomes ten light pages. */
const DIGEST_PAGE_SIZE = 40;

/** An entry that became no page: where it stood (a line, or a JSON file's item index) and why. */
export interface RejectedEntryView {
  position: number;
  where: string;
  reason: string;
}

export type DigestEntryView = PositionedCardView | RejectedEntryView;

export interface DigestPageView {
  title: string;
  lede: string;
  file: string;
  entries: DigestEntryView[];
  pagination: PaginationView;
}

function digestEntryViews(corpus: Corpus<unknown>, digest: CorpusDigest): DigestEntryView[] {
  const card = cardLookup(corpus);
  return digest.entries.map((entry): DigestEntryView => {
    const paper = entry.slug === undefined ? undefined : card(entry.slug);
    return paper
      ? { position: entry.position, card: paper }
      : {
          position: entry.position,
          where: entry.line === undefined ? `at index ${entry.index ?? 0}` : `on line ${entry.line}`,
          reason: entry.rejected ?? "unreadable entry",
        };
  });
}

/** Every page of every digest, each keyed by its view. */
export function digestPagePaths(corpus: Corpus<unknown>, pageSize = DIGEST_PAGE_SIZE) {
  return corpus.digests.flatMap((digest) => {
    const entries = digestEntryViews(corpus, digest);
    const published = entries.filter((entry) => "card" in entry).length;
    const title = digest.label;
    const lede = `${countOf(published, "paper")} in the order the listing showed them${
      digest.dateInferred ? " (the listing gave no year; it was inferred)" : ""
    }.`;
    return paginateListing(entries, digestPath(digest.id), pageSize).map(({ page, items, pagination }) => {
      const view: DigestPageView = { title, lede, file: digest.file, entries: items, pagination };
      return { params: { id: digest.id, page }, props: { view }, cacheKey: viewKey(view) };
    });
  });
}
