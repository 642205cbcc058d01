/**
 * A reader's reading list: the papers saved in one browser, each with what `/library/` shows of it, so the list
 * needs no other download and works offline. The same shape is kept in the browser's storage and exported as
 * JSON, and an imported file passes this schema before it is merged. Written with `zod/mini`, which the library
 * page bundles at a fraction of full zod's size; the site's other schemas never reach the browser.
 */
import * as z from "zod/mini";
import { READING_LIST_FORMAT, READING_LIST_VERSION } from "../lib/reading-list/format";

/** Only web addresses: an imported `javascript:` URL must never become a link. */
const webAddress = z
  .string()
  .check(z.refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), { error: "not an http(s) address" }));

export const savedPaperSchema = z.object({
  /** The paper's slug on the site that saved it: the list holds each slug once. */
  slug: z.string().check(z.minLength(1), z.maxLength(300)),
  title: z.string().check(z.minLength(1)),
  /** The paper's page, absolute, as it was when saved. */
  url: webAddress,
  /** The paper's date, `YYYY-MM-DD`, when the listing gave one. */
  published: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Every name, in order, when a source gave them. */
  authors: z.optional(z.array(z.string())),
  /** How many authors, when only the count is known. */
  authorsCount: z.optional(z.int().check(z.positive())),
  /** When the reader saved it (ISO 8601 in UTC). */
  savedAt: z.iso.datetime(),
  read: z.boolean(),
});

export const readingListSchema = z.object({
  format: z.literal(READING_LIST_FORMAT),
  version: z.literal(READING_LIST_VERSION),
  papers: z.array(savedPaperSchema),
});

export type SavedPaper = z.infer<typeof savedPaperSchema>;
