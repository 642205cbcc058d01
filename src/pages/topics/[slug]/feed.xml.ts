/** `/topics/<slug>/feed.xml`: RSS of the newest papers in one topic. */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadCorpus } from "../../../lib/corpus";
import { paperFeed } from "../../../lib/feed";
import { siteUrl } from "../../../lib/paths";
import { topicFeedPaths, type FeedView } from "../../../lib/site/view-models/feeds";

export const getStaticPaths = (async () => topicFeedPaths(await loadCorpus(), siteUrl)) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: FeedView }> = ({ props, site }) => paperFeed(props.view, site);
