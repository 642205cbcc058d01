/**
 * An RSS 2.0 feed, as the XML parser gives it. arXiv's announcement feeds (`rss.arxiv.org/rss/<category>`) give each
 * item a title, the abstract page as `link`, a `description` of the form `arXiv:<id> Announce Type: <type>
 * Abstract: <abstract>`, one `category` per category, the announcement day as `pubDate`, `arxiv:announce_type` and
 * the authors in one `dc:creator`, comma-separated. Feeds made from the Hugging Face listing give title, link,
 * description and pubDate.
 */
import { z } from "zod";
import { listOf, nonEmptyTextSchema, rfc822DaySchema, textSchema, webAddressSchema } from "./values";

/** Each field of the channel, read on its own. */
export const rssChannelFields = {
  title: textSchema,
  /** The announcement day of the whole feed. */
  pubDate: rfc822DaySchema,
  item: listOf(z.unknown()),
};

/** Each field of an item, read on its own. */
export const rssItemFields = {
  title: textSchema,
  link: webAddressSchema,
  description: textSchema,
  /** arXiv: `oai:arXiv.org:<id>v<version>`. */
  guid: textSchema,
  category: listOf(textSchema),
  pubDate: rfc822DaySchema,
  /** `new`, `cross`, `replace` or `replace-cross`. */
  "arxiv:announce_type": nonEmptyTextSchema,
  "dc:creator": nonEmptyTextSchema,
};
