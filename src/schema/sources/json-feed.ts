/**
 * A JSON Feed (jsonfeed.org, versions 1 and 1.1), such as a third party's feed of the Hugging Face listing: items
 * with an `id`, a `url` (the Hugging Face paper page), a title, the text and the day listed.
 */
import { z } from "zod";
import { listOf, nonEmptyTextSchema, textSchema, timestampDaySchema, webAddressSchema } from "./values";

/** The marker of the format: `version` is the specification's address. */
export const JSON_FEED_VERSION_PREFIX = "https://jsonfeed.org/version/";

/** Each field of the feed, read on its own. */
export const jsonFeedFields = {
  title: textSchema,
  items: z.array(z.unknown()),
};

/** Each field of an item, read on its own. */
export const jsonFeedItemFields = {
  id: textSchema,
  url: webAddressSchema,
  title: textSchema,
  content_text: textSchema,
  summary: textSchema,
  date_published: timestampDaySchema,
  /** JSON Feed 1.1. */
  authors: listOf(z.object({ name: nonEmptyTextSchema })),
};
