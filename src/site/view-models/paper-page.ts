/** The paper page (`/papers/<slug>/`): everything it shows, built once per paper in `getStaticPaths`. */
import type { Corpus, CorpusPaper } from "../corpus";
import { arxivAddresses, webAddress } from "../../lib/arxiv-links";
import { compactCountOf, excerpt } from "../../lib/format";
import type { LinkKind, Paper } from "../../schema/paper";
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
import { noteView, type NoteView } from "./note";

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

/** Authors shown on a paper page: the first `AUTHORS_SHOWN` always, the rest behind "and N more". */
export const AUTHORS_SHOWN = 8;

export interface AuthorsView {
  shown: string[];
  /** The names past the first eight, when there are any. */
  more?: string[];
}

/** A link straight to the paper (arXiv, its PDF, Hugging Face, its code, its project page), with what it is. */
export interface DirectLinkView {
  kind: "arxiv" | "pdf" | "hugging-face" | "code" | "project";
  label: string;
  url: string;
  /** Shown after the label: the host, and the code's stars. */
  detail?: string;
}

/** What a model wrote about the paper; the page labels it so and keeps it apart from the abstract. */
export interface MachineWrittenView {
  summary?: string;
  /** The model that wrote the summary, when the source named it. */
  model?: string;
  keywords?: string[];
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
  /** Every name a source gave; absent for text digests, which give only a count (in `facts`). */
  authors?: AuthorsView;
  /** Set when a source gave the arXiv ID, a repository or a project page; the page then offers no title look-ups. */
  directLinks?: DirectLinkView[];
  /** Links found in the abstract and not among `directLinks`, shown as buttons under the abstract. */
  links: PaperLinkView[];
  machineWritten?: MachineWrittenView;
  bibtex: string;
  appearances: AppearanceView[];
  related: PaperCardView[];
  digestWalks: DigestWalkView[];
  /** The owner's note, shown under "Notes"; the page renders its entry's `<Content />`. */
  note?: NoteView;
}

export function paperPageView<E extends PaperEntry>(
  corpus: Corpus<E>,
  paper: CorpusPaper<E>,
  site: URL | undefined,
): PaperPageView {
  const { data } = paper;
  const html = paper.entry.rendered?.html;
  const authors = authorsView(data);
  const directLinks = directLinkViews(data);
  const direct = new Set(directLinks.map((link) => sameAddress(link.url)));
  const machineWritten = machineWrittenView(data);
  return {
    slug: data.slug,
    title: data.title,
    description: excerpt(data.abstract, 160) || data.title,
    facts: paperFactsView(data),
    topics: topicChips(paper.topics, corpus.topicBySlug),
    ...(data.abstract ? { abstract: { text: data.abstract, ...(html === undefined ? {} : { html }) } } : {}),
    ...(authors ? { authors } : {}),
    ...(directLinks.length > 0 ? { directLinks } : {}),
    links: data.links
      .filter((link) => link.kind !== "other" || data.links.length <= 3)
      .filter((link) => !direct.has(sameAddress(link.url)))
      .map((link) => ({ url: link.url, kind: link.kind })),
    ...(machineWritten ? { machineWritten } : {}),
    bibtex: paperBibtex(paper, site),
    appearances: appearanceViews(corpus, paper),
    related: relatedCardsOf(corpus, paper),
    digestWalks: digestWalkViews(corpus, paper),
    ...(paper.note ? { note: noteView(corpus, paper.note) } : {}),
  };
}

function authorsView(paper: Paper): AuthorsView | undefined {
  if (!paper.authors) return undefined;
  const more = paper.authors.slice(AUTHORS_SHOWN);
  return { shown: paper.authors.slice(0, AUTHORS_SHOWN), ...(more.length > 0 ? { more } : {}) };
}

/** arXiv's abstract and PDF and Hugging Face's page when the ID is known, then code and project page. */
function directLinkViews(paper: Paper): DirectLinkView[] {
  const links: DirectLinkView[] = [];
  if (paper.arxivId) {
    const addresses = arxivAddresses(paper.arxivId);
    links.push({ kind: "arxiv", label: "arXiv", url: addresses.abstract, detail: paper.arxivId });
    links.push({ kind: "pdf", label: "PDF", url: addresses.pdf });
    if (addresses.huggingFace) links.push({ kind: "hugging-face", label: "Hugging Face", url: addresses.huggingFace });
  }
  const code = paper.githubRepo === undefined ? undefined : webAddress(paper.githubRepo);
  if (code) {
    const stars = paper.githubStars === undefined ? "" : ` · ${compactCountOf(paper.githubStars, "star")}`;
    links.push({ kind: "code", label: "Code", url: code.href, detail: `${code.host}${stars}` });
  }
  const project = paper.projectPage === undefined ? undefined : webAddress(paper.projectPage);
  if (project) links.push({ kind: "project", label: "Project page", url: project.href, detail: project.host });
  return links;
}

/** An address as compared for duplicates: `https://x.io` and `https://x.io/` are one page. */
function sameAddress(url: string): string {
  return url.replace(/\/+$/, "");
}

function machineWrittenView(paper: Paper): MachineWrittenView | undefined {
  if (!paper.aiSummary && !paper.keywords) return undefined;
  return {
    ...(paper.aiSummary ? { summary: paper.aiSummary } : {}),
    ...(paper.aiSummary && paper.aiSummaryModel ? { model: paper.aiSummaryModel } : {}),
    ...(paper.keywords ? { keywords: paper.keywords } : {}),
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
      label: digest ? digest.label : `Digest ${appearance.digest}`,
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
    return [{ label: digest.label, ...(previous ? { previous } : {}), ...(next ? { next } : {}) }];
  });
}

/**
 * The routes of every paper page, each keyed by its view; the entry (and the note's, by paper slug) goes along for
 * `render()`.
 */
export function paperPagePaths<E extends PaperEntry, N>(
  corpus: Corpus<E>,
  site: URL | undefined,
  noteEntries: ReadonlyMap<string, N> = new Map(),
) {
  return corpus.papers.map((paper) => {
    const view = paperPageView(corpus, paper, site);
    const note = view.note && noteEntries.get(paper.data.slug);
    return { params: { slug: paper.data.slug }, props: { view, entry: paper.entry, note }, cacheKey: viewKey(view) };
  });
}
