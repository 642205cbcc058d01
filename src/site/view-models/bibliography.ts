/**
 * A topic's BibTeX file (`/topics/<slug>.bib`): the entries of its newest papers, in the order its page lists them;
 * keyed by that text.
 */
import { bibtexEntry } from "../../lib/cite/bibtex";
import type { Corpus, CorpusPaper } from "../corpus";
import { absoluteUrl, paperPath } from "../paths";
import { viewKey } from "./view-key";

/**
 * Papers in a topic's BibTeX file, like the newest a feed carries. Every paper's entry is on its own page; files of
 * whole topics held each entry four times over (a paper has up to four topics, and a broad topic holds its
 * subtopics' papers too), about a twentieth of the site.
 */
export const TOPIC_BIBTEX_LENGTH = 50;

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
      entries: topic.papers.slice(0, TOPIC_BIBTEX_LENGTH).map((paper) => paperBibtex(paper, site)),
    };
    return { params: { slug: topic.slug }, props: { view }, cacheKey: viewKey(view) };
  });
}
