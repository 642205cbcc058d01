/** `/topics/<slug>/feed.xml`: RSS of the newest papers in one topic. */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadCorpus } from "../../../site/corpus";
import { paperFeed } from "../../../site/feed";
import { siteUrl } from "../../../site/paths";
import { topicFeedPaths, type FeedView } from "../../../site/view-models/feeds";

export const getStaticPaths = (async () => topicFeedPaths(await loadCorpus(), siteUrl)) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: FeedView }> = ({ props, site }) => paperFeed(props.view, site);
