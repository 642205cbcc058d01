/**
 * A topic's pages: its own page (`/topics/<slug>/`) with the whole header and the newest papers, and the pages behind
 * it (`/topics/<slug>/1/` the oldest papers, `/topics/<slug>/2/` the next, ...; see `paginateNewestFirst`), whose
 * header keeps only what a new paper never changes, so a new paper re-renders the topic's newest pages alone.
 */
import type { YearCount } from "../../lib/charts/year-histogram";
import type { Corpus, CorpusTopic } from "../corpus";
import { topicPath } from "../paths";
import { arrivalsAttribute } from "../../lib/what-is-new";
import { topicChips, topicRowView, withListed, type PaperCardView, type TopicChip } from "./card";
import { paginateNewestFirst, type PaginationView } from "./pagination";
import { viewKey } from "./view-key";
import { topicNoteView, type NoteView } from "./note";

/** Papers per topic page: long enough to scan, short enough that every page stays a light one. */
const TOPIC_PAGE_SIZE = 40;

/** How many co-occurring topics the page lists. */
const RELATED_TOPICS_SHOWN = 6;

/** What every page of a topic shows of it. */
export interface TopicIdentityView {
  slug: string;
  name: string;
  description: string;
  /** The broader topic, when the taxonomy names one. */
  parent?: TopicChip;
}

/**
 * What only the topic's own page shows: its figures, which change with every paper it gains, and the topics around
 * it. The pages behind it link back to it instead.
 */
export interface TopicOverviewView {
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
  /** Papers per first listing day, for "New since your last visit" (`arrivalsAttribute`). */
  arrivals: string;
}

export interface TopicPageView {
  topic: TopicIdentityView;
  /** On the topic's own page only. */
  overview?: TopicOverviewView;
  cards: PaperCardView[];
  pagination: PaginationView;
  /** The owner's essay on the topic, above the listing of its own page. */
  essay?: NoteView;
}

function topicIdentityView(corpus: Corpus<unknown>, topic: CorpusTopic<unknown>): TopicIdentityView {
  const parent = topic.parent === undefined ? [] : topicChips([topic.parent], corpus.topicBySlug);
  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    ...(parent[0] ? { parent: parent[0] } : {}),
  };
}

function topicOverviewView(corpus: Corpus<unknown>, topic: CorpusTopic<unknown>): TopicOverviewView {
  return {
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
    arrivals: arrivalsAttribute(topic.papers.map((paper) => paper.listed)),
  };
}

/** Every page of every topic (a topic without papers still gets its own page), each keyed by its view. */
/** `essays` holds the entries of the topic essays by topic slug, for `render()`. */
export function topicPagePaths<N>(
  corpus: Corpus<unknown>,
  pageSize = TOPIC_PAGE_SIZE,
  essays: ReadonlyMap<string, N> = new Map(),
) {
  return corpus.topics.flatMap((topic) => {
    const identity = topicIdentityView(corpus, topic);
    const overview = topicOverviewView(corpus, topic);
    const essay = topic.essay && topicNoteView(corpus, topic.essay);
    // Rows leave out the topic itself, which every row here would repeat.
    const cards = topic.papers.map((paper) => withListed(topicRowView(corpus, paper, topic.slug), paper));
    return paginateNewestFirst(cards, topicPath(topic.slug), pageSize).map(({ page, items, pagination }) => {
      const view: TopicPageView = {
        topic: identity,
        ...(page === undefined ? { overview } : {}),
        cards: items,
        pagination,
        ...(page === undefined && essay ? { essay } : {}),
      };
      const entry = view.essay && essays.get(topic.slug);
      return { params: { slug: topic.slug, page }, props: { view, essay: entry }, cacheKey: viewKey(view) };
    });
  });
}
