/**
 * The owner's notes (`content/notes/<paper-slug>.mdx`, topic essays in `content/notes/topics/<topic-slug>.mdx`):
 * the frontmatter they may carry, every field optional, and what the ingest derives from each note for the site
 * and the search index. Shared by the ingest, the Astro `notes` collections and `npm run note`.
 */
import { z } from "zod";
import { NOTE_STATUSES } from "../lib/notes/note-status";
import { isoDaySchema, slugSchema } from "./paper";

/** A tag names its page (`/tags/<tag>/`), so it is written as a slug. */
export const tagSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "write a tag in lowercase letters and digits, words joined by hyphens");

/**
 * `updated` as YAML gives it: a plain `2026-11-30` is a date to Astro's YAML reader and a string to the ingest's, so
 * both are accepted and kept as the day.
 */
const noteDaySchema = z.union([isoDaySchema, z.date().transform((day) => day.toISOString().slice(0, 10))]);

export const noteFrontmatterSchema = z.strictObject({
  /** Free labels; each has its page and is a search filter. */
  tags: z.array(tagSchema).optional(),
  /** Where the owner is with the paper: to-read, reading or read. */
  status: z.enum(NOTE_STATUSES).optional(),
  /** The owner's rating, 1 (poor) to 5 (excellent). */
  rating: z.number().int().min(1).max(5).optional(),
  /** The day the note was last changed, as YYYY-MM-DD. */
  updated: noteDaySchema.optional(),
});

export type NoteFrontmatter = z.infer<typeof noteFrontmatterSchema>;

/** What the ingest derived from one paper note: the site joins it to the paper, the search index to its record. */
export const derivedNoteSchema = z.object({
  /** The file's name without `.mdx`: the slug of the paper it is about. */
  id: slugSchema,
  /** Path from the project root, for messages and the orphan list. */
  file: z.string().min(1),
  /** False when no paper has the slug any more: the note is kept and listed as orphaned. */
  attached: z.boolean(),
  tags: z.array(tagSchema),
  status: z.enum(NOTE_STATUSES).optional(),
  rating: z.number().int().min(1).max(5).optional(),
  updated: isoDaySchema.optional(),
  /** Slugs of the papers its `<Paper>` cards name, in order of first mention. */
  links: z.array(slugSchema),
  /** Whether it holds math: only then does its page load KaTeX's stylesheet. */
  math: z.boolean(),
  /** Content hash of the note and the images it shows: a page showing the note changes when it does. */
  hash: z.string().regex(/^[0-9a-f]{12}$/),
});

export type DerivedNote = z.infer<typeof derivedNoteSchema>;

/** What the ingest derived from one topic essay (`content/notes/topics/<topic-slug>.mdx`). */
export const derivedTopicNoteSchema = derivedNoteSchema.pick({
  id: true,
  file: true,
  attached: true,
  links: true,
  math: true,
  hash: true,
});

export type DerivedTopicNote = z.infer<typeof derivedTopicNoteSchema>;
