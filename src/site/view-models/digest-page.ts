/** A digest page (`/digests/<id>/`): its entries in listing order, each a paper card or why it was not published. */
import type { Corpus, CorpusDigest } from "../corpus";
import { countOf } from "../../lib/format";
import { digestLabel } from "../digests";
import { cardLookup, type PositionedCardView } from "./card";
import { viewKey } from "./view-key";

/** An entry that became no page: where it stood and why. */
export interface RejectedEntryView {
  position: number;
  line: number;
  reason: string;
}

export type DigestEntryView = PositionedCardView | RejectedEntryView;

export interface DigestPageView {
  title: string;
  lede: string;
  file: string;
  entries: DigestEntryView[];
}

export function digestPageView(corpus: Corpus<unknown>, digest: CorpusDigest): DigestPageView {
  const card = cardLookup(corpus);
  const entries = digest.entries.map((entry): DigestEntryView => {
    const paper = entry.slug === undefined ? undefined : card(entry.slug);
    return paper
      ? { position: entry.position, card: paper }
      : { position: entry.position, line: entry.line, reason: entry.rejected ?? "unreadable entry" };
  });
  const published = entries.filter((entry) => "card" in entry).length;
  return {
    title: digestLabel(digest),
    lede: `${countOf(published, "paper")} in the order the listing showed them${
      digest.dateInferred ? " (the listing gave no year; it was inferred)" : ""
    }.`,
    file: digest.file,
    entries,
  };
}

export function digestPagePaths(corpus: Corpus<unknown>) {
  return corpus.digests.map((digest) => {
    const view = digestPageView(corpus, digest);
    return { params: { id: digest.id }, props: { view }, cacheKey: viewKey(view) };
  });
}
