/** `/topics/<slug>/feed.xml`: RSS of the newest papers in one topic. */
import type { APIRoute, GetStaticPaths } from "astro";
import { paperFeed } from "../../../lib/feed";
import { loadCorpus } from "../../../lib/corpus";
import { topicStaticPaths } from "../../../lib/site/topic-paths";

export const getStaticPaths = topicStaticPaths satisfies GetStaticPaths;

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
