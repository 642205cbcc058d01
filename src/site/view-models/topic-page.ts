/**
 * A topic's pages (`/topics/<slug>/`, `/topics/<slug>/2/`, ...): the topic's header on every page, its side column
 * (papers per year, narrower and related topics) on the first, then that page's slice of cards (newest first) and
 * where the page sits among the topic's pages.
 */
import type { YearCount } from "../../lib/charts/year-histogram";
import type { Corpus, CorpusTopic } from "../corpus";
import { topicPath } from "../paths";
import { topicChips, topicRowView, type PaperCardView, type TopicChip } from "./card";
import { paginateListing, type PaginationView } from "./pagination";
import { viewKey } from "./view-key";

/** Papers per topic page: long enough to scan, short enough that every page stays a light one. */
const TOPIC_PAGE_SIZE = 40;

/** How many co-occurring topics the page lists. */
const RELATED_TOPICS_SHOWN = 6;

export interface TopicHeaderView {
  slug: string;
  name: string;
  description: string;
  /** The broader topic, when the taxonomy names one. */
  parent?: TopicChip;
  count: number;
  /** How many of them come only from narrower topics. */
  fromSubtopics: number;
}

/**
 * The side column of a topic's first page. The later pages leave it out: it is the same on each of them, and it
 * was a sixth of a page's bytes.
 */
export interface TopicAsideView {
  /** Dated papers per year, for the chart. */
  years: YearCount[];
  /** Papers the chart leaves out for want of a date. */
  undated: number;
  /** Narrower topics. */
  children: TopicChip[];
  /** Topics that share papers with this one, most shared first. */
  neighbours: TopicChip[];
}

export interface TopicPageView {
  topic: TopicHeaderView;
  /** Only on the topic's first page. */
  aside?: TopicAsideView;
  /** Rows whose chips leave out the topic itself (`topicRowView`). */
  cards: PaperCardView[];
  pagination: PaginationView;
}

export function topicHeaderView(corpus: Corpus<unknown>, topic: CorpusTopic<unknown>): TopicHeaderView {
  const parent = topic.parent === undefined ? [] : topicChips([topic.parent], corpus.topicBySlug);
  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    ...(parent[0] ? { parent: parent[0] } : {}),
    count: topic.count,
    fromSubtopics: topic.count - topic.direct,
  };
}

export function topicAsideView(corpus: Corpus<unknown>, topic: CorpusTopic<unknown>): TopicAsideView {
  return {
    years: topic.years,
    undated: topic.papers.filter((paper) => paper.year === undefined).length,
    children: topicChips(topic.children, corpus.topicBySlug),
    // The parent (in the header) and the children have their own lines.
    neighbours: topicChips(
      topic.neighbours
        .map((neighbour) => neighbour.slug)
        .filter((slug) => slug !== topic.parent && !topic.children.includes(slug))
        .slice(0, RELATED_TOPICS_SHOWN),
      corpus.topicBySlug,
    ),
  };
}

/** Every page of every topic (a topic without papers still gets its first page), each keyed by its view. */
export function topicPagePaths(corpus: Corpus<unknown>, pageSize = TOPIC_PAGE_SIZE) {
  return corpus.topics.flatMap((topic) => {
    const header = topicHeaderView(corpus, topic);
    const aside = topicAsideView(corpus, topic);
    const cards = topic.papers.map((paper) => topicRowView(corpus, paper, topic.slug));
    return paginateListing(cards, topicPath(topic.slug), pageSize).map(({ page, items, pagination }) => {
      const view: TopicPageView = { topic: header, ...(page === undefined ? { aside } : {}), cards: items, pagination };
      return { params: { slug: topic.slug, page }, props: { view }, cacheKey: viewKey(view) };
    });
  });
}
