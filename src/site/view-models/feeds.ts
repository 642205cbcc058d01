/**
 * The RSS feeds, site-wide (`/feed.xml`) and per topic (`/topics/<slug>/feed.xml`): their channel and items, exactly
 * what the feed writes, so a topic feed's key is a hash of its output. A digest reader's feed is "what arrived":
 * papers by the day a digest first listed them, newest first, with that day as the item's date.
 */
import { formatDay } from "../../lib/format";
import type { Corpus, CorpusPaper } from "../corpus";
import { absoluteUrl, paperPath } from "../paths";
import { viewKey } from "./view-key";

/** Enough for a reader to catch up on a few digests without making the feed heavy. */
export const FEED_LENGTH = 50;

export interface FeedItemView {
  title: string;
  link: string;
  /** The publication day in words, when known, then the abstract; plain text. */
  description: string;
  /** Day `YYYY-MM-DD` of the digest that first listed the paper, when that digest is dated. */
  listed?: string;
  /** Topic names, most relevant first. */
  categories: string[];
}

export interface FeedView {
  title: string;
  description: string;
  items: FeedItemView[];
}

/** `Published 8 Feb 2024.`, marked when the listing gave no year; nothing when the listing gave no date. */
function publishedLine({ data }: CorpusPaper<unknown>): string {
  if (data.published === undefined) return "";
  const inferred = data.inferred.includes("published") ? " (year inferred)" : "";
  return `Published ${formatDay(data.published)}${inferred}.`;
}

function feedItem(corpus: Corpus<unknown>, paper: CorpusPaper<unknown>, site: URL | undefined): FeedItemView {
  const { data, topics, listed } = paper;
  return {
    title: data.title,
    link: absoluteUrl(paperPath(data.slug), site),
    description: [publishedLine(paper), data.abstract].filter(Boolean).join("\n\n"),
    ...(listed === undefined ? {} : { listed }),
    categories: topics.flatMap((slug) => corpus.topicBySlug.get(slug)?.name ?? []),
  };
}

function feedView(
  corpus: Corpus<unknown>,
  channel: { title: string; description: string },
  arrivals: readonly CorpusPaper<unknown>[],
  site: URL | undefined,
): FeedView {
  return {
    title: channel.title,
    description: channel.description,
    items: arrivals.slice(0, FEED_LENGTH).map((paper) => feedItem(corpus, paper, site)),
  };
}

export function siteFeedView(corpus: Corpus<unknown>, site: URL | undefined): FeedView {
  return feedView(
    corpus,
    { title: "Lectern: newest papers", description: "The papers the newest digests brought, newest first." },
    corpus.arrivals,
    site,
  );
}

/** Each topic's newest arrivals, up to a feed's length, from one pass over the corpus. */
function arrivalsByTopic(corpus: Corpus<unknown>): Map<string, CorpusPaper<unknown>[]> {
  const byTopic = new Map<string, CorpusPaper<unknown>[]>();
  for (const paper of corpus.arrivals)
    for (const slug of paper.topics) {
      const list = byTopic.get(slug) ?? [];
      if (list.length < FEED_LENGTH) list.push(paper);
      byTopic.set(slug, list);
    }
  return byTopic;
}

export function topicFeedPaths(corpus: Corpus<unknown>, site: URL | undefined) {
  const arrivals = arrivalsByTopic(corpus);
  return corpus.topics.map((topic) => {
    const view = feedView(
      corpus,
      { title: `Lectern: ${topic.name}`, description: topic.description },
      arrivals.get(topic.slug) ?? [],
      site,
    );
    return { params: { slug: topic.slug }, props: { view }, cacheKey: viewKey(view) };
  });
}
