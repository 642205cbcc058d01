/**
 * The slug record `slugs.json`, written by the ingest next to the pages and read back by the next run, so a page
 * keeps its URL for as long as its paper stays. The site never reads it; the ingest validates it as an input.
 */
import { z } from "zod";
import { paperIdSchema, slugSchema } from "./paper";

export const SLUG_RECORD_VERSION = 1;

export const retiredSlugSchema = z.object({
  slug: slugSchema,
  /** The paper that had the slug when it left every digest; it gets the slug back if it returns. */
  id: paperIdSchema,
});

export const slugRecordSchema = z
  .object({
    /** Format version; a record of another version is not used. */
    version: z.literal(SLUG_RECORD_VERSION),
    /** The slug of every paper of the last run, by paper id, sorted by id. */
    papers: z.record(paperIdSchema, slugSchema),
    /** Slugs of papers that left, oldest first: held for them and given to no other paper while listed here. */
    retired: z.array(retiredSlugSchema),
  })
  .superRefine((record, context) => {
    const seen = new Set<string>();
    const check = (slug: string, path: PropertyKey[]): void => {
      if (seen.has(slug)) context.addIssue({ code: "custom", path, message: `the slug ${slug} is listed twice` });
      seen.add(slug);
    };
    for (const [id, slug] of Object.entries(record.papers)) check(slug, ["papers", id]);
    for (const [index, retired] of record.retired.entries()) check(retired.slug, ["retired", index, "slug"]);
  });

export type RetiredSlug = z.infer<typeof retiredSlugSchema>;
