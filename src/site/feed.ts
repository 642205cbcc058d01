/** RSS of the newest arrivals (site-wide or one topic) from a feed's view, with absolute links under the configured base. */
import rss from "@astrojs/rss";
import { dayToDate } from "../lib/format";
import { absoluteUrl, href } from "./paths";
import type { FeedView } from "./view-models/feeds";

export function paperFeed(feed: FeedView, site: URL | undefined): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(href(), site),
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      ...(item.listed ? { pubDate: dayToDate(item.listed) } : {}),
      categories: item.categories,
    })),
  });
}
