/**
 * Finds the papers whose titles hold every given word, for `npm run note`: words match whole or as the start of a
 * title word, ignoring case, accents and punctuation, so "quantizable outliers" finds "Quantizable Transformers:
 * Removing Outliers…". Candidates come back in title order.
 */
import { compareCodePoints } from "../../src/lib/order";

export interface TitledPaper {
  slug: string;
  title: string;
}

const words = (text: string): string[] =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A query that is a paper's slug picks that paper, which is how one of several same-titled papers is chosen. */
export function matchingPapers(papers: readonly TitledPaper[], query: string): TitledPaper[] {
  const bySlug = papers.find((paper) => paper.slug === query.trim());
  if (bySlug) return [bySlug];
  const wanted = words(query);
  if (wanted.length === 0) return [];
  return papers
    .filter((paper) => {
      const title = words(paper.title);
      return wanted.every((word) => title.some((titleWord) => titleWord.startsWith(word)));
    })
    .sort((a, b) => compareCodePoints(a.title, b.title) || compareCodePoints(a.slug, b.slug));
}
