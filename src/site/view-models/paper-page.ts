/** The paper page (`/papers/<slug>/`): everything it shows, built once per paper in `getStaticPaths`. */
import type { Corpus, CorpusPaper } from "../corpus";
import { excerpt } from "../../lib/format";
import type { LinkKind, Paper } from "../../schema/paper";
import { digestLabel } from "../digests";
import { digestNeighbours } from "../digests";
import {
  paperFactsView,
  relatedCardsOf,
  topicChips,
  type PaperCardView,
  type PaperFactsView,
  type TopicChip,
} from "./card";
import { paperBibtex } from "./bibliography";
import { viewKey } from "./view-key";

/** What the view needs of a paper's collection entry: its frontmatter, and its body as Astro rendered it. */
export interface PaperEntry {
  data: Paper;
  rendered?: { html: string } | undefined;
}

/** A neighbouring paper in a digest: the link shows only its title. */
export interface NeighbourLink {
  slug: string;
  title: string;
}

/** Previous and next paper within one digest the paper appears in; at least one of them is set. */
export interface DigestWalkView {
  label: string;
  previous?: NeighbourLink;
  next?: NeighbourLink;
}

/** One place the paper was listed. */
export interface AppearanceView {
  digest: string;
  label: string;
  position: number;
}

export interface PaperLinkView {
  url: string;
  kind: LinkKind;
}

export interface PaperPageView {
  slug: string;
  title: string;
  /** Meta description: the abstract's first sentence (at most 160 characters), else the title. */
  description: string;
  facts: PaperFactsView;
  /** Most relevant first. */
  topics: TopicChip[];
  /**
   * Absent when the listing had none. The page renders the entry's `<Content />`; its HTML is here so the page key
   * follows the rendered body too.
   */
  abstract?: { text: string; html?: string };
  /** Links shown as buttons under the abstract. */
  links: PaperLinkView[];
  bibtex: string;
  appearances: AppearanceView[];
  related: PaperCardView[];
  digestWalks: DigestWalkView[];
}

export function paperPageView<E extends PaperEntry>(
  corpus: Corpus<E>,
  paper: CorpusPaper<E>,
  site: URL | undefined,
): PaperPageView {
  const { data } = paper;
  const html = paper.entry.rendered?.html;
  return {
    slug: data.slug,
    title: data.title,
    description: excerpt(data.abstract, 160) || data.title,
    facts: paperFactsView(data),
    topics: topicChips(paper.topics, corpus.topicBySlug),
    ...(data.abstract ? { abstract: { text: data.abstract, ...(html === undefined ? {} : { html }) } } : {}),
    links: data.links
      .filter((link) => link.kind !== "other" || data.links.length <= 3)
      .map((link) => ({ url: link.url, kind: link.kind })),
    bibtex: paperBibtex(paper, site),
    appearances: appearanceViews(corpus, paper),
    related: relatedCardsOf(corpus, paper),
    digestWalks: digestWalkViews(corpus, paper),
  };
}

/**
 * Related papers newest first rather than by score. The scores of every pair shift a little whenever papers arrive
 * (each new paper changes the weight of its words), which reorders near-equal neighbours; in date order a page
 * changes only when its set of related papers does.
 */
function appearanceViews(corpus: Corpus<unknown>, paper: CorpusPaper<unknown>): AppearanceView[] {
  return paper.data.appearances.map((appearance) => {
    const digest = corpus.digestById.get(appearance.digest);
    return {
      digest: appearance.digest,
      label: digest ? digestLabel(digest) : `Digest ${appearance.digest}`,
      position: appearance.position,
    };
  });
}

/** In corpus digest order (newest first), only digests where the paper has a neighbour. */
function digestWalkViews(corpus: Corpus<unknown>, paper: CorpusPaper<unknown>): DigestWalkView[] {
  const appearedIn = new Set(paper.data.appearances.map((appearance) => appearance.digest));
  const link = (slug: string | undefined): NeighbourLink | undefined => {
    const neighbour = slug === undefined ? undefined : corpus.paperBySlug.get(slug);
    return neighbour && { slug: neighbour.data.slug, title: neighbour.data.title };
  };
  return corpus.digests.flatMap((digest) => {
    if (!appearedIn.has(digest.id)) return [];
    const neighbours = digestNeighbours(digest, paper.data.slug);
    const previous = link(neighbours.previous);
    const next = link(neighbours.next);
    if (!previous && !next) return [];
    return [{ label: digestLabel(digest), ...(previous ? { previous } : {}), ...(next ? { next } : {}) }];
  });
}

/** The routes of every paper page, each keyed by its view; the entry goes along for `render()`. */
export function paperPagePaths<E extends PaperEntry>(corpus: Corpus<E>, site: URL | undefined) {
  return corpus.papers.map((paper) => {
    const view = paperPageView(corpus, paper, site);
    return { params: { slug: paper.data.slug }, props: { view, entry: paper.entry }, cacheKey: viewKey(view) };
  });
}
