/** `/feed.xml`: RSS of the newest papers across the whole corpus. */
import type { APIRoute } from "astro";
import { loadCorpus } from "../lib/corpus";
import { paperFeed } from "../lib/feed";
import { siteFeedView } from "../lib/site/view-models/feeds";

export const GET: APIRoute = async ({ site }) => paperFeed(siteFeedView(await loadCorpus(), site), site);
