/**
 * An arXiv API answer (`/api/query`): an Atom feed, as the XML parser gives it (attributes prefixed `@_`, namespace
 * prefixes kept). The legacy format (to 2025) declares the `arxiv` and `opensearch` namespaces on each element and
 * orders an entry's children differently from the 2026 format; read by name, the two are the same. An error is a
 * feed with one entry whose id is under `arxiv.org/api/errors`; an empty result has no entry at all.
 */
import { z } from "zod";
import { listOf, nonEmptyTextSchema, textSchema, timestampDaySchema } from "./values";

/** Each field of the feed, read on its own. */
export const atomFeedFields = {
  id: textSchema,
  title: textSchema,
  /** When arXiv answered the query. */
  updated: timestampDaySchema,
  "opensearch:totalResults": textSchema.pipe(z.string().regex(/^\d+$/, "expected a count")).transform(Number),
  entry: listOf(z.unknown()),
};

/** Each field of an entry, read on its own. */
export const atomEntryFields = {
  /** `http://arxiv.org/abs/<id>v<version>`. */
  id: nonEmptyTextSchema,
  title: textSchema,
  summary: textSchema,
  /** The first version. */
  published: timestampDaySchema,
  /** This version. */
  updated: timestampDaySchema,
  author: listOf(z.object({ name: nonEmptyTextSchema })),
  /** Every classification in order: arXiv categories, and at times ACM or MSC classes. */
  category: listOf(z.object({ "@_term": textSchema })),
  "arxiv:primary_category": z.object({ "@_term": textSchema }),
};
