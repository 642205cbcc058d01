/** One route per topic: shared by the topic page, its feed and its BibTeX file so they always agree. */
import { loadCorpus } from "../corpus";

export async function topicStaticPaths(): Promise<Array<{ params: { slug: string } }>> {
  const { topics } = await loadCorpus();
  return topics.map((topic) => ({ params: { slug: topic.slug } }));
}
