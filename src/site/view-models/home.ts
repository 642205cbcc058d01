/** The home page: what Lectern holds, the newest digest's first entries, the most upvoted papers, the topics. */
import type { Corpus } from "../corpus";
import { countOf } from "../../lib/format";
import { formatDay } from "../../lib/format";
import { publicationRange } from "../timeline";
import { byUpvotes } from "../../lib/order";
import { arrivalsAttribute } from "../../lib/what-is-new";
import {
  cardLookup,
  paperHeadlineView,
  withListed,
  withTeaser,
  type PaperHeadlineView,
  type PositionedCardView,
} from "./card";
import { topicCardView, type TopicCardView } from "./topic-card";

const NEWEST_DIGEST_PREVIEW = 6;
const MOST_UPVOTED_SHOWN = 8;

export interface HomeStat {
  value: number;
  label: string;
}

export interface NewestDigestView {
  id: string;
  label: string;
  /** Every entry of the listing, rejected ones included. */
  entryCount: number;
  entries: PositionedCardView[];
}

export interface HomeView {
  description: string;
  summary: string;
  stats: HomeStat[];
  newest?: NewestDigestView;
  mostUpvoted: PaperHeadlineView[];
  /** Topics that have papers, compact. */
  topics: TopicCardView[];
  /** Papers per first listing day, for "New since your last visit" (`arrivalsAttribute`). */
  arrivals: string;
}

export function homeView(corpus: Corpus<unknown>): HomeView {
  const { papers, topics, digests } = corpus;
  const range = publicationRange(papers);
  const span = range ? `, published between ${formatDay(range.first)} and ${formatDay(range.last)}` : "";
  const newest = digests[0];
  return {
    description: `A calm, searchable reading room for ${countOf(papers.length, "paper")} from daily paper digests.`,
    summary: `Lectern gathers ${countOf(papers.length, "paper")} from ${countOf(digests.length, "daily digest")}, sorted into ${countOf(topics.length, "topic")}${span}.`,
    stats: [
      { value: papers.length, label: "papers" },
      { value: topics.length, label: "topics" },
      { value: digests.length, label: "digests" },
    ],
    ...(newest ? { newest: newestDigestView(corpus, newest) } : {}),
    mostUpvoted: papers
      .filter((paper) => (paper.data.upvotes ?? 0) > 0)
      .sort((a, b) => byUpvotes(a.data, b.data))
      .slice(0, MOST_UPVOTED_SHOWN)
      .map((paper) => withListed(paperHeadlineView(paper), paper)),
    topics: topics.filter((topic) => topic.count > 0).map((topic) => topicCardView(topic, { compact: true })),
    arrivals: arrivalsAttribute(papers.map((paper) => paper.listed)),
  };
}

function newestDigestView(corpus: Corpus<unknown>, digest: Corpus<unknown>["digests"][number]): NewestDigestView {
  const card = cardLookup(corpus);
  return {
    id: digest.id,
    label: digest.label,
    entryCount: digest.entries.length,
    entries: digest.entries
      .flatMap((entry) => {
        const paper = entry.slug === undefined ? undefined : corpus.paperBySlug.get(entry.slug);
        const row = entry.slug === undefined ? undefined : card(entry.slug);
        return paper && row ? [{ position: entry.position, card: withListed(withTeaser(row, paper), paper) }] : [];
      })
      .slice(0, NEWEST_DIGEST_PREVIEW),
  };
}
