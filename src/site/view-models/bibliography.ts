/** A topic's BibTeX file (`/topics/<slug>.bib`): every paper's entry, newest first; keyed by that text. */
import { bibtexEntry } from "../../lib/cite/bibtex";
import type { Corpus } from "../corpus";
import { absoluteUrl, paperPath } from "../paths";
import { viewKey } from "./view-key";

export interface BibliographyView {
  entries: string[];
}

export function topicBibliographyPaths(corpus: Corpus<unknown>, site: URL | undefined) {
  return corpus.topics.map((topic) => {
    const view: BibliographyView = {
      entries: topic.papers.map(({ data }) => bibtexEntry(data, absoluteUrl(paperPath(data.slug), site))),
    };
    return { params: { slug: topic.slug }, props: { view }, cacheKey: viewKey(view) };
  });
}
