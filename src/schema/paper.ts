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

/**
 * A paper's identity: 16 hex digits of SHA-256 over its arXiv ID when a source gives one, else over its normalised
 * title and cleaned abstract.
 */
export const paperIdSchema = z.string().regex(/^[0-9a-f]{16}$/, "expected 16 lowercase hex digits");

/** Fields whose value was inferred rather than read; pages say so. */
export const inferableFieldSchema = z.enum(["published"]);

/**
 * An arXiv identifier without its version: `2403.06634` (since 2007) or `hep-th/9901001` (archive and number). The
 * abstract, the PDF and the Hugging Face paper page are all addressed by it.
 */
export const arxivIdSchema = z
  .string()
  .regex(
    /^(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})$/,
    "expected an arXiv identifier without version, such as 2403.06634 or hep-th/9901001",
  );

/** An arXiv subject category: `cs.LG`, `hep-th`, `math.CO`, `q-bio.NC`. */
export const arxivCategorySchema = z
  .string()
  .regex(/^[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?$/, "expected an arXiv category such as cs.LG or hep-th");

/** Fields written by a model rather than by the paper's authors; wherever they are shown, they are labelled so. */
export const machineGeneratedFieldSchema = z.enum(["aiSummary", "keywords"]);

/** The fields a paper's sources can supply; `sources` names the digest each one was taken from. */
export const sourcedFieldSchema = z.enum([
  "title",
  "abstract",
  "published",
  "upvotes",
  "authorsCount",
  "organization",
  "arxivId",
  "authors",
  "categories",
  "updated",
  "listedOn",
  "comments",
  "githubRepo",
  "githubStars",
  "projectPage",
  "aiSummary",
  "keywords",
]);

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

/**
 * Where an entry stands in its file: a 1-based line (text digests: the title's line; XML feeds: the item's start
 * tag) or, in a JSON file, which has no useful lines, the item's 0-based index in the file's array.
 */
const entryPlaceShape = {
  /** 1-based line of the entry in the digest file: its title's (text) or its start tag's (XML). */
  line: z.number().int().positive().optional(),
  /** 0-based index of the item in a JSON digest's array (0 for a file holding a single paper object). */
  index: z.number().int().nonnegative().optional(),
};

const hasOnePlace = (place: { line?: number | undefined; index?: number | undefined }): boolean =>
  (place.line === undefined) !== (place.index === undefined);
const ONE_PLACE = { message: "expected exactly one of line and index" };

/** One place a paper was listed: which digest, where in its listing, and where in the file. */
export const appearanceSchema = z
  .object({
    /** Digest id: its file name without extension (also its URL segment under `/digests/`). */
    digest: z.string().min(1),
    /** 1-based position of the entry within that digest's listing. */
    position: z.number().int().positive(),
    ...entryPlaceShape,
  })
  .refine(hasOnePlace, ONE_PLACE);

export const paperSchema = z.object({
  /** Stable identity: hex digest of the normalised title and cleaned abstract. */
  id: paperIdSchema,
  /** URL segment under `/papers/`; also the file name of the page. */
  slug: slugSchema,
  /** Cleaned title, plain Unicode text. */
  title: z.string().min(1),
  /** Cleaned abstract as plain text (paragraphs separated by a blank line); empty when the listing had none. */
  abstract: z.string(),
  /** Publication day: arXiv's first version where a source gives it, else the day the listing shows. */
  published: isoDaySchema.optional(),
  /** Upvotes shown on the listing (the highest seen across digests). */
  upvotes: z.number().int().nonnegative().optional(),
  /** Number of authors: the listing's count, or the length of `authors` when a source names them. */
  authorsCount: z.number().int().positive().optional(),
  /** Organisation account that submitted the paper, when the listing named one. */
  organization: organizationSchema.optional(),
  /** arXiv identifier without version, when a source gives one; the paper's identity then rests on it. */
  arxivId: arxivIdSchema.optional(),
  /** Authors' names in the paper's order. */
  authors: z.array(z.string().min(1)).min(1).optional(),
  /** arXiv categories, the primary one first. */
  categories: z.array(arxivCategorySchema).min(1).optional(),
  /** Day of the newest version the source described (arXiv's `updated`), apart from `published`. */
  updated: isoDaySchema.optional(),
  /** Day of the first daily listing (Hugging Face, an arXiv announcement) that showed the paper. */
  listedOn: isoDaySchema.optional(),
  /** Comments on the paper's Hugging Face page. */
  comments: z.number().int().nonnegative().optional(),
  /** The paper's code repository, as its Hugging Face page links it. */
  githubRepo: z.url({ protocol: /^https?$/ }).optional(),
  /** Stars of `githubRepo` when the source was fetched. */
  githubStars: z.number().int().nonnegative().optional(),
  /** The paper's project page, as its Hugging Face page links it. */
  projectPage: z.url({ protocol: /^https?$/ }).optional(),
  /** One-sentence summary written by a model (see `machineGenerated`), plain text. */
  aiSummary: z.string().min(1).optional(),
  /** The model that wrote `aiSummary`, when the source names it. */
  aiSummaryModel: z.string().min(1).optional(),
  /** Key phrases picked by a model (see `machineGenerated`). */
  keywords: z.array(z.string().min(1)).min(1).optional(),
  /** Links found in the abstract, in order of first appearance. */
  links: z.array(paperLinkSchema),
  /** Which of the fields above were inferred (e.g. a year-less date) rather than read. */
  inferred: z.array(inferableFieldSchema),
  /** Which of the fields above a model wrote; present when any is. */
  machineGenerated: z.array(machineGeneratedFieldSchema).min(1).optional(),
  /** Every digest entry merged into this page, in digest then position order. */
  appearances: z.array(appearanceSchema).min(1),
  /**
   * The digest id each field was taken from, present when a structured source (JSON, Atom, RSS) is among the
   * paper's entries; a paper read only from text digests took every field from its listings.
   */
  sources: z.partialRecord(sourcedFieldSchema, z.string().min(1)).optional(),
});

export type Paper = z.infer<typeof paperSchema>;
export type PaperLink = z.infer<typeof paperLinkSchema>;
export type LinkKind = z.infer<typeof linkKindSchema>;
export type Appearance = z.infer<typeof appearanceSchema>;
export type SourcedField = z.infer<typeof sourcedFieldSchema>;

/**
 * How a digest was read: a text layout (`A`, `B`, `C`, see the README) or a structured format recognised from its
 * content: a Hugging Face `/api/daily_papers` response or `/api/papers/{id}` object, an arXiv API Atom feed, an RSS
 * 2.0 feed (arXiv's announcements, or a feed of the Hugging Face listing) or a JSON Feed.
 */
export const layoutSchema = z.enum(["A", "B", "C", "hf-daily-papers", "hf-paper", "arxiv-atom", "rss", "json-feed"]);
export type Layout = z.infer<typeof layoutSchema>;

/** One entry of a digest, in listing order: the paper it became, or why it was rejected. */
export const digestEntrySchema = z
  .object({
    position: z.number().int().positive(),
    ...entryPlaceShape,
    /** Slug of the published paper; absent when the entry was rejected. */
    slug: slugSchema.optional(),
    /** Why the entry was rejected; present exactly when `slug` is absent. */
    rejected: z.string().optional(),
  })
  .refine(hasOnePlace, ONE_PLACE);

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
