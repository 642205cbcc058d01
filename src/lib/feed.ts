/** RSS of the newest papers (site-wide or one topic), with absolute links under the configured base. */
import rss from "@astrojs/rss";
import { dayToDate } from "./format/day";
import { absoluteUrl, href, paperPath } from "./paths";
import type { CorpusPaper, CorpusTopic } from "./corpus";

/** Enough for a reader to catch up on a few digests without making the feed heavy. */
const feedLength = 50;

interface PaperFeedOptions {
  title: string;
  description: string;
  papers: CorpusPaper[];
  topicBySlug: Map<string, CorpusTopic>;
  site: URL | undefined;
}

export function paperFeed({ title, description, papers, topicBySlug, site }: PaperFeedOptions): Promise<Response> {
  return rss({
    title,
    description,
    site: absoluteUrl(href(), site),
    trailingSlash: true,
    items: papers.slice(0, feedLength).map((paper) => ({
      title: paper.data.title,
      link: absoluteUrl(paperPath(paper.data.slug), site),
      description: paper.data.abstract,
      ...(paper.data.published ? { pubDate: dayToDate(paper.data.published) } : {}),
      categories: paper.topics.flatMap((slug) => topicBySlug.get(slug)?.name ?? []),
    })),
  });
}
