/**
 * The one schema of a paper page and of the digest catalogue. The ingest validates every page with it
 * before writing, and Astro's content collections use the very same objects, so the two can never drift.
 */
import { z } from "zod";

/** A calendar day as `YYYY-MM-DD`; strings keep the YAML byte-stable and free of time zones. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD");

/** Slugs are the only part of a title that reaches a file path or URL, so they are restricted to `a-z0-9-`. */
export const slugSchema = z
  .string()
  .min(1)
  .max(96)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lowercase ASCII words joined by single hyphens");

/** A paper's identity: 16 hex digits of SHA-256 over its normalised title and cleaned abstract. */
export const paperIdSchema = z.string().regex(/^[0-9a-f]{16}$/, "expected 16 lowercase hex digits");

/** Fields whose value was inferred rather than read; pages say so. */
export const inferableFieldSchema = z.enum(["published"]);

export const linkKindSchema = z.enum(["code", "project", "other"]);

export const paperLinkSchema = z.object({
  /** Absolute http(s) URL found in the abstract, trailing punctuation removed. */
  url: z.url({ protocol: /^https?$/ }),
  /** `code` for source hosts (GitHub, GitLab, ...), `project` for project pages, `other` for the rest. */
  kind: linkKindSchema,
});

export const organizationSchema = z.object({
  /** The listing's account handle, e.g. `openbmb`. */
  handle: z.string().min(1),
  /** Display name, e.g. `OpenBMB`. */
  name: z.string().min(1),
});

/** One place a paper was listed: which digest, where in it, and on which source line its title stands. */
export const appearanceSchema = z.object({
  /** Digest id: its file name without extension (also its URL segment under `/digests/`). */
  digest: z.string().min(1),
  /** 1-based position of the entry within that digest's listing. */
  position: z.number().int().positive(),
  /** 1-based line of the entry's title in the digest file. */
  line: z.number().int().positive(),
});

export const paperSchema = z.object({
  /** Stable identity: hex digest of the normalised title and cleaned abstract. */
  id: paperIdSchema,
  /** URL segment under `/papers/`; also the file name of the page. */
  slug: slugSchema,
  /** Cleaned title, plain Unicode text. */
  title: z.string().min(1),
  /** Cleaned abstract as plain text (paragraphs separated by a blank line); empty when the listing had none. */
  abstract: z.string(),
  /** Publication day from the listing, when known. */
  published: isoDaySchema.optional(),
  /** Upvotes shown on the listing (the highest seen across digests). */
  upvotes: z.number().int().nonnegative().optional(),
  /** Number of authors, when the listing gave a count. */
  authorsCount: z.number().int().positive().optional(),
  /** Organisation account that submitted the paper, when the listing named one. */
  organization: organizationSchema.optional(),
  /** Links found in the abstract, in order of first appearance. */
  links: z.array(paperLinkSchema),
  /** Which of the fields above were inferred (e.g. a year-less date) rather than read. */
  inferred: z.array(inferableFieldSchema),
  /** Every digest entry merged into this page, in digest then position order. */
  appearances: z.array(appearanceSchema).min(1),
});

export type Paper = z.infer<typeof paperSchema>;
export type PaperLink = z.infer<typeof paperLinkSchema>;
export type LinkKind = z.infer<typeof linkKindSchema>;
export type Appearance = z.infer<typeof appearanceSchema>;

export const layoutSchema = z.enum(["A", "B", "C"]);
export type Layout = z.infer<typeof layoutSchema>;

/** One entry of a digest, in listing order: the paper it became, or why it was rejected. */
export const digestEntrySchema = z.object({
  position: z.number().int().positive(),
  line: z.number().int().positive(),
  /** Slug of the published paper; absent when the entry was rejected. */
  slug: slugSchema.optional(),
  /** Why the entry was rejected; present exactly when `slug` is absent. */
  rejected: z.string().optional(),
});

/** A source digest as the catalogue `digests.json` (written next to the pages) records it. */
export const digestSchema = z.object({
  /** File name without extension; URL segment under `/digests/`. */
  id: z.string().min(1),
  /** File name as found in the digests folder. */
  file: z.string().min(1),
  layout: layoutSchema,
  /** The listing's own date, when it showed one. */
  date: isoDaySchema.optional(),
  /** True when the year of `date` was inferred (the listing shows no year for the current year). */
  dateInferred: z.boolean(),
  entries: z.array(digestEntrySchema),
});

export type Digest = z.infer<typeof digestSchema>;
export type DigestEntry = z.infer<typeof digestEntrySchema>;
