/**
 * The RSS feeds, site-wide (`/feed.xml`) and per topic (`/topics/<slug>/feed.xml`): their channel and items, exactly
 * what the feed writes, so a topic feed's key is a hash of its output.
 */
import type { Corpus, CorpusPaper } from "../corpus";
import { absoluteUrl, paperPath } from "../paths";
import { viewKey } from "./view-key";

/** Enough for a reader to catch up on a few digests without making the feed heavy. */
const FEED_LENGTH = 50;

export interface FeedItemView {
  title: string;
  link: string;
  /** The abstract, plain text. */
  description: string;
  /** Publication day `YYYY-MM-DD`, when known. */
  published?: string;
  /** Topic names, most relevant first. */
  categories: string[];
}

export interface FeedView {
  title: string;
  description: string;
  items: FeedItemView[];
}

function feedView(
  corpus: Corpus<unknown>,
  channel: { title: string; description: string },
  papers: readonly CorpusPaper<unknown>[],
  site: URL | undefined,
): FeedView {
  return {
    title: channel.title,
    description: channel.description,
    items: papers.slice(0, FEED_LENGTH).map(({ data, topics }) => ({
      title: data.title,
      link: absoluteUrl(paperPath(data.slug), site),
      description: data.abstract,
      ...(data.published ? { published: data.published } : {}),
      categories: topics.flatMap((slug) => corpus.topicBySlug.get(slug)?.name ?? []),
    })),
  };
}

export function siteFeedView(corpus: Corpus<unknown>, site: URL | undefined): FeedView {
  return feedView(
    corpus,
    { title: "Lectern: newest papers", description: "The newest papers gathered from daily paper digests." },
    corpus.papers,
    site,
  );
}

export function topicFeedPaths(corpus: Corpus<unknown>, site: URL | undefined) {
  return corpus.topics.map((topic) => {
    const view = feedView(
      corpus,
      { title: `Lectern: ${topic.name}`, description: topic.description },
      topic.papers,
      site,
    );
    return { params: { slug: topic.slug }, props: { view }, cacheKey: viewKey(view) };
  });
}
