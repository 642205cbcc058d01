/**
 * Astro content collections: the pages and catalogue written by `npm run ingest`, each validated by its shared
 * schema (the derived corpus beside them is read by `src/site/corpus.ts`). Paths are relative to the project root
 * Astro is given; the loaders resolve them from it.
 */
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { CATALOGUE_FILE, DEFAULT_NOTES_DIR, papersDir } from "./lib/project-files";
import { paperPages } from "./loaders/paper-pages";
import { digestSchema, paperSchema } from "./schema/paper";
import { noteFrontmatterSchema } from "./schema/note";

// The benchmark and tests point the build at other folders through LECTERN_PAPERS_DIR.
const pages = papersDir(process.env);

const papers = defineCollection({
  loader: paperPages(pages),
  schema: paperSchema,
});

const digests = defineCollection({
  loader: file(`${pages}/${CATALOGUE_FILE}`),
  schema: digestSchema,
});

// The owner's notes, compiled by @astrojs/mdx (they may hold components and math, unlike the generated pages). The
// id is the file name, which is the paper's (or the topic's) slug; the ingest has checked them against the corpus.
const noteId = ({ entry }: { entry: string }): string => entry.replace(/\.mdx$/, "");

const notes = defineCollection({
  loader: glob({ pattern: "*.mdx", base: DEFAULT_NOTES_DIR, generateId: noteId }),
  schema: noteFrontmatterSchema,
});

const topicNotes = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `${DEFAULT_NOTES_DIR}/topics`, generateId: noteId }),
});

export const collections = { papers, digests, notes, topicNotes };
