/** `/feed.xml`: RSS of the newest papers across the whole corpus. */
import type { APIRoute } from "astro";
import { loadCorpus } from "../site/corpus";
import { paperFeed } from "../site/feed";
import { siteFeedView } from "../site/view-models/feeds";

export const GET: APIRoute = async ({ site }) => paperFeed(siteFeedView(await loadCorpus(), site), site);
