/** Routes per topic: shared by the topic pages, the feed and the BibTeX file so they always agree. */
import type { PaginateFunction } from "astro";
import { loadCorpus } from "../corpus";
import { pageCacheKeys } from "./page-cache-keys";

/** Papers per topic page: long enough to scan, short enough that a 3,000-paper topic stays a light page. */
export const TOPIC_PAGE_SIZE = 50;

/** Files that list every paper of a topic (feed, BibTeX), one per topic. */
export async function topicStaticPaths(): Promise<Array<{ params: { slug: string }; cacheKey: string }>> {
  const corpus = await loadCorpus();
  const keys = pageCacheKeys(corpus);
  return corpus.topics.map((topic) => ({ params: { slug: topic.slug }, cacheKey: keys.topicFile(topic) }));
}

/** `/topics/<slug>/`, then `/topics/<slug>/2/` and so on; a topic without papers still gets its first page. */
export async function topicPageStaticPaths({ paginate }: { paginate: PaginateFunction }) {
  const corpus = await loadCorpus();
  const keys = pageCacheKeys(corpus);
  return corpus.topics.flatMap((topic) =>
    paginate(topic.papers, {
      params: { slug: topic.slug },
      props: { slug: topic.slug },
      pageSize: TOPIC_PAGE_SIZE,
    }).map((path) => ({
      ...path,
      cacheKey: keys.topicPage(topic, path.props.page.data, path.props.page.currentPage),
    })),
  );
}
