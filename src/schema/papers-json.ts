/**
 * The public `/papers.json`: the whole corpus as data for other tools. A stable contract with additive changes
 * only; the site also publishes it as JSON Schema at `/papers.schema.json`, generated from this one definition.
 * `generated` comes from the content rather than the clock (the newest digest's date, else the newest paper's), so
 * the same digests give a byte-identical file; it is absent when nothing in the corpus is dated.
 */
import { z } from "zod";
import {
  appearanceSchema,
  arxivCategorySchema,
  arxivIdSchema,
  isoDaySchema,
  machineGeneratedFieldSchema,
  organizationSchema,
  paperIdSchema,
  paperLinkSchema,
  slugSchema,
  sourcedFieldSchema,
} from "./paper";

const absoluteUrlSchema = z.url();

export const papersJsonSchema = z
  .strictObject({
    version: z.literal(1),
    generated: z.iso.datetime().optional().describe("ISO 8601 time of the newest digest's (else paper's) date"),
    site: absoluteUrlSchema.describe("absolute base URL of the site"),
    topics: z.array(
      z.strictObject({
        slug: slugSchema,
        name: z.string(),
        description: z.string(),
        parent: slugSchema.optional(),
        count: z.number().int().nonnegative().describe("papers of the topic and of every topic below it"),
        url: absoluteUrlSchema,
      }),
    ),
    digests: z.array(
      z.strictObject({
        id: z.string(),
        file: z.string(),
        date: isoDaySchema.optional(),
        dateInferred: z.boolean(),
        url: absoluteUrlSchema,
        papers: z.array(slugSchema).describe("slugs in listing order"),
      }),
    ),
    papers: z
      .array(
        z.strictObject({
          id: paperIdSchema,
          slug: slugSchema,
          url: absoluteUrlSchema,
          title: z.string(),
          abstract: z.string().describe("plain text, paragraphs split by a blank line"),
          published: isoDaySchema.optional(),
          publishedInferred: z.boolean().describe("true when the year of `published` was inferred"),
          upvotes: z.number().int().nonnegative().optional(),
          authorsCount: z.number().int().positive().optional(),
          organization: organizationSchema.optional(),
          arxivId: arxivIdSchema.optional(),
          authors: z.array(z.string()).optional().describe("names in the paper's order"),
          categories: z.array(arxivCategorySchema).optional().describe("arXiv categories, primary first"),
          updated: isoDaySchema.optional().describe("day of the newest version a source described"),
          listedOn: isoDaySchema.optional().describe("day of the first daily listing that showed the paper"),
          comments: z.number().int().nonnegative().optional().describe("comments on its Hugging Face page"),
          githubRepo: z.url().optional(),
          githubStars: z.number().int().nonnegative().optional(),
          projectPage: z.url().optional(),
          aiSummary: z.string().optional().describe("written by a model, not by the authors"),
          aiSummaryModel: z.string().optional(),
          keywords: z.array(z.string()).optional().describe("picked by a model, not by the authors"),
          machineGenerated: z
            .array(machineGeneratedFieldSchema)
            .optional()
            .describe("which fields a model wrote; label them so wherever they are shown"),
          links: z.array(paperLinkSchema),
          topics: z.array(slugSchema).describe("most relevant first"),
          related: z.array(slugSchema).describe("most similar first"),
          appearances: z.array(appearanceSchema),
          sources: z
            .partialRecord(sourcedFieldSchema, z.string())
            .optional()
            .describe("the digest id each field came from, when a structured source is among the paper's"),
        }),
      )
      .describe("newest first"),
  })
  .meta({ title: "Lectern papers.json", description: "The whole corpus of a Lectern site as data." });

export type PapersJson = z.infer<typeof papersJsonSchema>;
