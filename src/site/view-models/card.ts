/**
 * What a paper shows wherever it is listed: the facts line, the row of listings (title, facts, topic chips), the
 * related-paper card (title, date, topics) and the headline (title and facts). Each holds
 * exactly what its component prints, nothing more, so a page's key changes only when something it shows of a paper
 * does.
 */
import type { Corpus, CorpusPaper, CorpusTopic } from "../corpus";
import { excerpt } from "../../lib/format";
import { byNewest } from "../../lib/order";
import type { Paper } from "../../schema/paper";

/** A teaser that fits one line of a card: longer ones are clipped at a word there, not by the browser. */
const ONE_LINE_TEASER = 90;

/** Topics a listing row names at most, the most relevant first: the paper's own page lists them all. */
export const ROW_TOPICS = 2;

/**
 * The related papers a paper page shows, the most similar first (`papers.json` lists five), and the topics each card
 * names besides the page's own. Four cards fill two rows of two; with their title, date and one topic they make a
 * sixth of the page rather than a quarter.
 */
export const RELATED_SHOWN = 4;
export const RELATED_CARD_TOPICS = 1;

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
  /** Day of the digest that first listed the paper, on the listings that mark what is new (home, topics). */
  listed?: string;
  /** The owner wrote a note on the paper: its cards say so. */
  hasNote?: true;
}

/** A paper in a listing: its headline and its topic chips, plus a one-line teaser where the listing shows one. */
export interface PaperCardView extends PaperHeadlineView {
  topics: TopicChip[];
  /** Absent in the long listings (topics, digests), which stay compact rows. */
  teaser?: string;
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
  return { slug: paper.data.slug, title: paper.data.title, facts: paperFactsView(paper.data), ...noteMark(paper) };
}

/** The marker of a paper the owner wrote a note on. */
const noteMark = (paper: CorpusPaper<unknown>): { hasNote?: true } => (paper.note ? { hasNote: true } : {});

/** The chips of a row or card: up to `count` of the paper's most relevant topics but those the page names already. */
function cardTopics(
  slugs: readonly string[],
  topicBySlug: ReadonlyMap<string, CorpusTopic<unknown>>,
  named: readonly string[],
  count: number,
): TopicChip[] {
  return topicChips(
    slugs.filter((slug) => !named.includes(slug)),
    topicBySlug,
  ).slice(0, count);
}

export function paperCardView(
  paper: CorpusPaper<unknown>,
  topicBySlug: ReadonlyMap<string, CorpusTopic<unknown>>,
): PaperCardView {
  return { ...paperHeadlineView(paper), topics: cardTopics(paper.topics, topicBySlug, [], ROW_TOPICS) };
}

/** A card or headline with the day its paper first arrived, for the listings that mark what is new since a visit. */
export function withListed<Card extends PaperHeadlineView>(card: Card, paper: CorpusPaper<unknown>): Card {
  return paper.listed === undefined ? card : { ...card, listed: paper.listed };
}

/** A listing row with the paper's one-line teaser, for the short previews (the home page's newest digest). */
export function withTeaser(card: PaperCardView, paper: CorpusPaper<unknown>): PaperCardView {
  const teaser = excerpt(paper.teaser, ONE_LINE_TEASER);
  return teaser ? { ...card, teaser } : card;
}

/**
 * A related paper on a paper page: title, date (marked when inferred) and its most relevant topic besides those the
 * page names already. Authors, organisation, upvotes, the teaser and the other topics are left to its own page.
 */
export function relatedCardView(
  paper: CorpusPaper<unknown>,
  topicBySlug: ReadonlyMap<string, CorpusTopic<unknown>>,
  pageTopics: readonly string[],
): PaperCardView {
  const { published, dateInferred } = paperFactsView(paper.data);
  return {
    slug: paper.data.slug,
    title: paper.data.title,
    facts: { ...(published === undefined ? {} : { published }), ...(dateInferred ? { dateInferred } : {}) },
    ...noteMark(paper),
    topics: cardTopics(paper.topics, topicBySlug, pageTopics, RELATED_CARD_TOPICS),
  };
}

/**
 * The related cards a paper's page shows: the closest few, newest first rather than by score, so a new paper that
 * reorders the scores but not the set leaves the page as it was; unknown slugs are skipped.
 */
export function relatedCardsOf(corpus: Corpus<unknown>, paper: CorpusPaper<unknown>): PaperCardView[] {
  return paper.related
    .slice(0, RELATED_SHOWN)
    .flatMap((slug) => corpus.paperBySlug.get(slug) ?? [])
    .sort((a, b) => byNewest(a.data, b.data))
    .map((related) => relatedCardView(related, corpus.topicBySlug, paper.topics));
}

/**
 * A paper's row on one topic's listing: its card, naming up to two of the paper's other topics rather than the
 * listing's own, which every row there would repeat. Rows that would not show it anyway share the paper's card.
 */
export function topicRowView(corpus: Corpus<unknown>, paper: CorpusPaper<unknown>, topic: string): PaperCardView {
  const card = cardLookup(corpus)(paper.data.slug) ?? paperCardView(paper, corpus.topicBySlug);
  if (!paper.topics.slice(0, ROW_TOPICS).includes(topic)) return card;
  return { ...card, topics: cardTopics(paper.topics, corpus.topicBySlug, [topic], ROW_TOPICS) };
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
