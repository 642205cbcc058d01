/** A topic's BibTeX file (`/topics/<slug>.bib`): every paper's entry, newest first; keyed by that text. */
import { bibtexEntry } from "../../lib/cite/bibtex";
import type { Corpus, CorpusPaper } from "../corpus";
import { absoluteUrl, paperPath } from "../paths";
import { viewKey } from "./view-key";

export interface BibliographyView {
  entries: string[];
}

const bibtexByPaper = new WeakMap<CorpusPaper<unknown>, { site: string | undefined; entry: string }>();

/**
 * A paper's BibTeX entry. Its paper page and every topic file listing it share one string: all routes' props live
 * for the whole build, so at 10k papers separate copies cost ~14 MB of heap in the render phase.
 */
export function paperBibtex(paper: CorpusPaper<unknown>, site: URL | undefined): string {
  const cached = bibtexByPaper.get(paper);
  if (cached !== undefined && cached.site === site?.href) return cached.entry;
  const entry = bibtexEntry(paper.data, paper.citeKey, absoluteUrl(paperPath(paper.data.slug), site));
  bibtexByPaper.set(paper, { site: site?.href, entry });
  return entry;
}

export function topicBibliographyPaths(corpus: Corpus<unknown>, site: URL | undefined) {
  return corpus.topics.map((topic) => {
    const view: BibliographyView = {
      entries: topic.papers.map((paper) => paperBibtex(paper, site)),
    };
    return { params: { slug: topic.slug }, props: { view }, cacheKey: viewKey(view) };
  });
}
