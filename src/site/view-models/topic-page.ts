/**
 * A topic's pages (`/topics/<slug>/`, `/topics/<slug>/2/`, ...): the topic's header on every page, then that page's
 * slice of cards (newest first) and where the page sits among the topic's pages.
 */
import type { YearCount } from "../../lib/charts/year-histogram";
import type { Corpus, CorpusTopic } from "../corpus";
import { cardsOf, topicChips, type PaperCardView, type TopicChip } from "./card";
import { viewKey } from "./view-key";

/** Papers per topic page: long enough to scan, short enough that a 3,000-paper topic stays a light page. */
const TOPIC_PAGE_SIZE = 50;

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
  /** Dated papers per year, for the chart. */
  years: YearCount[];
  /** Papers the chart leaves out for want of a date. */
  undated: number;
  /** Narrower topics. */
  children: TopicChip[];
  /** Topics that share papers with this one, most shared first. */
  neighbours: TopicChip[];
}

/** The numbered page links of a listing. */
export interface PaginationView {
  currentPage: number;
  lastPage: number;
  /** Zero-based indices of this page's first and last paper within the whole listing. */
  start: number;
  end: number;
  firstUrl: string;
  prevUrl?: string;
  nextUrl?: string;
}

export interface TopicPageView {
  topic: TopicHeaderView;
  cards: PaperCardView[];
  pagination: PaginationView;
}

/** What the view needs of one page from Astro's `paginate()` (its `Page`). */
export interface PageSlice<T> {
  data: T[];
  start: number;
  end: number;
  currentPage: number;
  lastPage: number;
  url: { current: string; prev: string | undefined; next: string | undefined; first: string | undefined };
}

/** Astro's `paginate()`, as far as topic pages use it. */
export type Paginate = <T>(
  data: readonly T[],
  options: { params: { slug: string }; pageSize: number },
) => Array<{ params: { slug: string; page: string | undefined }; props: { page: PageSlice<T> } }>;

export function topicHeaderView(corpus: Corpus<unknown>, topic: CorpusTopic<unknown>): TopicHeaderView {
  const parent = topic.parent === undefined ? [] : topicChips([topic.parent], corpus.topicBySlug);
  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    ...(parent[0] ? { parent: parent[0] } : {}),
    count: topic.count,
    fromSubtopics: topic.count - topic.direct,
    years: topic.years,
    undated: topic.papers.filter((paper) => paper.year === undefined).length,
    children: topicChips(topic.children, corpus.topicBySlug),
    // The parent and the children have their own lines in the header.
    neighbours: topicChips(
      topic.neighbours
        .map((neighbour) => neighbour.slug)
        .filter((slug) => slug !== topic.parent && !topic.children.includes(slug))
        .slice(0, RELATED_TOPICS_SHOWN),
      corpus.topicBySlug,
    ),
  };
}

export function paginationView(page: PageSlice<unknown>): PaginationView {
  return {
    currentPage: page.currentPage,
    lastPage: page.lastPage,
    start: page.start,
    end: page.end,
    firstUrl: page.url.first ?? page.url.current,
    ...(page.url.prev === undefined ? {} : { prevUrl: page.url.prev }),
    ...(page.url.next === undefined ? {} : { nextUrl: page.url.next }),
  };
}

/** Every page of every topic (a topic without papers still gets its first page), each keyed by its view. */
export function topicPagePaths(corpus: Corpus<unknown>, paginate: Paginate, pageSize = TOPIC_PAGE_SIZE) {
  return corpus.topics.flatMap((topic) => {
    const header = topicHeaderView(corpus, topic);
    const cards = cardsOf(
      corpus,
      topic.papers.map((paper) => paper.data.slug),
    );
    return paginate(cards, { params: { slug: topic.slug }, pageSize }).map(({ params, props: { page } }) => {
      const view: TopicPageView = { topic: header, cards: page.data, pagination: paginationView(page) };
      return { params, props: { view }, cacheKey: viewKey(view) };
    });
  });
}
