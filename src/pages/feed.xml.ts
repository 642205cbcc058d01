/** `/feed.xml`: RSS of the newest papers across the whole corpus. */
import type { APIRoute } from "astro";
import { paperFeed } from "../lib/feed";
import { loadCorpus } from "../lib/corpus";

export const GET: APIRoute = async ({ site }) => {
  const { papers, topicBySlug } = await loadCorpus();
  return paperFeed({
    title: "Lectern: newest papers",
    description: "The newest papers gathered from daily paper digests.",
    papers,
    topicBySlug,
    site,
  });
};
