/** Routes per topic: shared by the topic pages, the feed and the BibTeX file so they always agree. */
import type { PaginateFunction } from "astro";
import { loadCorpus } from "../corpus";

/** Papers per topic page: long enough to scan, short enough that a 3,000-paper topic stays a light page. */
export const TOPIC_PAGE_SIZE = 50;

export async function topicStaticPaths(): Promise<Array<{ params: { slug: string } }>> {
  const { topics } = await loadCorpus();
  return topics.map((topic) => ({ params: { slug: topic.slug } }));
}

/** `/topics/<slug>/`, then `/topics/<slug>/2/` and so on; a topic without papers still gets its first page. */
export async function topicPageStaticPaths({ paginate }: { paginate: PaginateFunction }) {
  const { topics } = await loadCorpus();
  return topics.flatMap((topic) =>
    paginate(topic.papers, { params: { slug: topic.slug }, props: { slug: topic.slug }, pageSize: TOPIC_PAGE_SIZE }),
  );
}
