/** `/topics/<slug>/feed.xml`: RSS of the newest papers in one topic. */
import type { APIRoute, GetStaticPaths } from "astro";
import { paperFeed } from "../../../lib/feed";
import { loadCorpus } from "../../../lib/corpus";

export const getStaticPaths = (async () => {
  const { topics } = await loadCorpus();
  return topics.map((topic) => ({ params: { slug: topic.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { topicBySlug } = await loadCorpus();
  const topic = topicBySlug.get(params.slug ?? "");
  if (!topic) throw new Error(`No topic with slug ${params.slug ?? "(none)"}`);
  return paperFeed({
    title: `Lectern: ${topic.name}`,
    description: topic.description,
    papers: topic.papers,
    topicBySlug,
    site,
  });
};
