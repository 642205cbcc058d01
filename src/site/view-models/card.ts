/**
 * What a paper shows wherever it is listed: the facts line, the card of listings (title, facts, teaser, topic chips)
 * and its compact form (title and facts). Each holds exactly what its component prints, nothing more, so a page's
 * key changes only when something it shows of a paper does.
 */
import type { Corpus, CorpusPaper, CorpusTopic } from "../corpus";
import type { Paper } from "../../schema/paper";

/** A link to a topic page, labelled with the topic's name. */
export interface TopicChip {
  slug: string;
  name: string;
}

/** The one-line facts of a paper (`PaperFacts`); absent fields are not shown. */
export interface PaperFactsView {
  published?: string;
  /** The year of `published` was inferred; only set when `published` is. */
  dateInferred?: true;
  organization?: string;
  authorsCount?: number;
  /** Only when positive: a paper with no upvotes shows none. */
  upvotes?: number;
}

/** A paper in a narrow list: title link and facts. */
export interface PaperHeadlineView {
  slug: string;
  title: string;
  facts: PaperFactsView;
}

/** A paper in a listing: its headline, a one-line teaser (may be empty) and its topic chips. */
export interface PaperCardView extends PaperHeadlineView {
  teaser: string;
  topics: TopicChip[];
}

/** A card at its place in a digest's listing. */
export interface PositionedCardView {
  position: number;
  card: PaperCardView;
}

export function paperFactsView(paper: Paper): PaperFactsView {
  return {
    ...(paper.published === undefined ? {} : { published: paper.published }),
    ...(paper.published !== undefined && paper.inferred.includes("published") ? { dateInferred: true as const } : {}),
    ...(paper.organization === undefined ? {} : { organization: paper.organization.name }),
    ...(paper.authorsCount ? { authorsCount: paper.authorsCount } : {}),
    ...(paper.upvotes ? { upvotes: paper.upvotes } : {}),
  };
}

/** Chips for topic slugs, in the given order; unknown slugs are skipped. */
export function topicChips(
  slugs: readonly string[],
  topicBySlug: ReadonlyMap<string, CorpusTopic<unknown>>,
): TopicChip[] {
  return slugs.flatMap((slug) => {
    const topic = topicBySlug.get(slug);
    return topic ? [{ slug: topic.slug, name: topic.name }] : [];
  });
}

export function paperHeadlineView(paper: CorpusPaper<unknown>): PaperHeadlineView {
  return { slug: paper.data.slug, title: paper.data.title, facts: paperFactsView(paper.data) };
}

export function paperCardView(
  paper: CorpusPaper<unknown>,
  topicBySlug: ReadonlyMap<string, CorpusTopic<unknown>>,
): PaperCardView {
  return { ...paperHeadlineView(paper), teaser: paper.teaser, topics: topicChips(paper.topics, topicBySlug) };
}

/** Looks a paper's card up by slug; every route of a build shares one per corpus, so each card is built once. */
export type CardLookup = (slug: string) => PaperCardView | undefined;

const lookups = new WeakMap<Corpus<unknown>, CardLookup>();

export function cardLookup(corpus: Corpus<unknown>): CardLookup {
  let lookup = lookups.get(corpus);
  if (lookup === undefined) {
    const cards = new Map<string, PaperCardView>();
    lookup = (slug) => {
      let card = cards.get(slug);
      if (card === undefined) {
        const paper = corpus.paperBySlug.get(slug);
        if (paper === undefined) return undefined;
        card = paperCardView(paper, corpus.topicBySlug);
        cards.set(slug, card);
      }
      return card;
    };
    lookups.set(corpus, lookup);
  }
  return lookup;
}

/** The cards of slugs, in order; unknown slugs are skipped. */
export function cardsOf(corpus: Corpus<unknown>, slugs: readonly string[]): PaperCardView[] {
  const card = cardLookup(corpus);
  return slugs.flatMap((slug) => card(slug) ?? []);
}
