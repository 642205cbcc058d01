/** RSS of the newest arrivals (site-wide or one topic) from a feed's view, with absolute links under the configured base. */
import rss from "@astrojs/rss";
import { dayToDate, escapeMarkup } from "../lib/format";
import { absoluteUrl, href } from "./paths";
import type { FeedView } from "./view-models/feeds";

/**
 * Feed readers render an item's description as HTML, so digest text goes in as escaped text in paragraphs of our
 * own: a `<script>` in an abstract reaches the reader as the characters `<script>`, never as markup.
 */
export function textAsHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeMarkup(paragraph)}</p>`)
    .join("");
}

export function paperFeed(feed: FeedView, site: URL | undefined): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(href(), site),
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      description: textAsHtml(item.description),
      ...(item.listed ? { pubDate: dayToDate(item.listed) } : {}),
      categories: item.categories,
    })),
  });
}
