/** A tag's page (`/tags/<tag>/`): the papers whose notes carry it, newest first. */
import type { Corpus } from "../corpus";
import { cardLookup, type PaperCardView } from "./card";
import { tagCounts } from "./notes-index";
import { viewKey } from "./view-key";

export interface TagPageView {
  tag: string;
  cards: PaperCardView[];
}

export function tagPagePaths(corpus: Corpus<unknown>) {
  const card = cardLookup(corpus);
  return tagCounts(corpus).map(({ tag }) => {
    const view: TagPageView = {
      tag,
      cards: corpus.papers.flatMap((paper) => (paper.note?.tags.includes(tag) ? (card(paper.data.slug) ?? []) : [])),
    };
    return { params: { tag }, props: { view }, cacheKey: viewKey(view) };
  });
}
