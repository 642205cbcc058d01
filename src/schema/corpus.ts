/**
 * The one derived artifact of a build, `corpus.json` beside the paper pages: every fact computed from the whole
 * corpus (topics, related papers, orders, neighbours, histograms, the search index version). The ingest derives it
 * once from the papers it has just validated; the site, `papers.json`, the feeds and the search index read it and
 * never derive those facts again.
 */
import { z } from "zod";
import { derivedNoteSchema, derivedTopicNoteSchema } from "./note";
import { isoDaySchema, slugSchema } from "./paper";

/** What the build derived for one paper. */
export const derivedPaperSchema = z.object({
  slug: slugSchema,
  /** Topic slugs, most relevant first: 1–4 of them, or exactly `["other"]`. */
  topics: z.array(slugSchema),
  /** Slugs of up to five related papers, most similar first. */
  related: z.array(slugSchema),
  /** One-line excerpt of the abstract for listings. */
  teaser: z.string(),
  /** Day of the digest that first listed the paper; absent when no digest listing it has a date. */
  listed: isoDaySchema.optional(),
  /** BibTeX key: first word of the title and the year, with a letter suffix when another paper has the same. */
  citeKey: z.string().regex(/^[a-z0-9]+$/),
});

/** A taxonomy topic with what the corpus says about it. */
export const derivedTopicSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  /** One sentence. */
  description: z.string(),
  /** Slug of the broader topic, when the taxonomy names one. */
  parent: slugSchema.optional(),
  /** Slugs of topics whose parent is this one, in taxonomy order. */
  children: z.array(slugSchema),
  /** Papers carrying the topic or one of the topics below it, newest first. */
  papers: z.array(slugSchema),
  /** How many of `papers` carry this topic itself; the rest come from its subtopics. */
  direct: z.number().int().nonnegative(),
  /** Topics sharing papers with this one, most shared first; never `other`. */
  neighbours: z.array(z.object({ slug: slugSchema, shared: z.number().int().positive() })),
  /** Dated papers per year, every year from first to last, zeros included. */
  years: z.array(z.object({ year: z.number().int(), count: z.number().int().nonnegative() })),
});

export const derivedCorpusSchema = z.object({
  version: z.literal(1),
  /** Content hash of the search records: changes exactly when the search index can have changed. */
  indexVersion: z.string().regex(/^[0-9a-f]{12}$/),
  /** Every published paper, newest first (undated last, then by title in code-point order). */
  papers: z.array(derivedPaperSchema),
  /** Taxonomy order, `other` included (possibly with no papers). */
  topics: z.array(derivedTopicSchema),
  /**
   * Digests, newest first (undated last, then by id), each with the label a reader sees for it everywhere (a page's
   * title, a paper's appearances, the search filter): two listings of one day never share a label.
   */
  digests: z.array(z.object({ id: z.string().min(1), label: z.string().min(1) })),
  /**
   * Paper slugs in the order they arrived, newest first: by the day of the digest that first listed each paper, then
   * by position in that digest; papers listed only by undated digests come last. What the feeds list.
   */
  arrivals: z.array(slugSchema),
  /** The owner's paper notes, by file name in code-point order; orphaned ones (paper gone) included. */
  notes: z.array(derivedNoteSchema).default([]),
  /** The owner's topic essays, by file name; ones whose topic left the taxonomy included. */
  topicNotes: z.array(derivedTopicNoteSchema).default([]),
});

export type DerivedTopic = z.infer<typeof derivedTopicSchema>;
export type DerivedCorpus = z.infer<typeof derivedCorpusSchema>;
