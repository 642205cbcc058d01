/**
 * A paper as Hugging Face's API describes it: the `paper` of every `/api/daily_papers` item and the whole answer of
 * `/api/papers/{id}`. Fields come and go across vintages (2024: id, title, summary, authors, publishedAt, upvotes;
 * 2025 adds submittedOnDailyAt, projectPage, githubRepo, ai_summary, ai_keywords; 2026 githubStars,
 * ai_summary_model, organization), so each field is read on its own and a bad one costs only itself.
 */
import { z } from "zod";
import { countSchema, listOf, nonEmptyTextSchema, textSchema, timestampDaySchema, webAddressSchema } from "./values";

/** The submitting organisation: `name` is the account handle, `fullname` its display name. */
export const hfOrganizationSchema = z.object({ name: nonEmptyTextSchema, fullname: nonEmptyTextSchema });

/** Each field of a paper object, read on its own. */
export const hfPaperFields = {
  /** The arXiv identifier, e.g. `2403.06634`. */
  id: nonEmptyTextSchema,
  title: textSchema,
  summary: textSchema,
  /** In the paper's order; `hidden` authors are still authors (the flag hides a profile link). */
  authors: listOf(z.object({ name: nonEmptyTextSchema })),
  /** arXiv's first version. */
  publishedAt: timestampDaySchema,
  /** When the paper was put on the daily listing (2025 on). */
  submittedOnDailyAt: timestampDaySchema,
  upvotes: countSchema,
  numComments: countSchema,
  githubRepo: webAddressSchema,
  githubStars: countSchema,
  projectPage: webAddressSchema,
  ai_summary: nonEmptyTextSchema,
  ai_summary_model: nonEmptyTextSchema,
  ai_keywords: listOf(nonEmptyTextSchema),
  organization: hfOrganizationSchema,
};
