/**
 * Astro content collections: the pages and catalogue written by `npm run ingest`, each validated by its shared
 * schema (the derived corpus beside them is read by `src/site/corpus.ts`). Paths are relative to the project root
 * Astro is given; the loaders resolve them from it.
 */
import { existsSync } from "node:fs";
import { defineCollection } from "astro:content";
import { file, glob, type Loader } from "astro/loaders";
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

/**
 * The notes in one folder. A site whose owner has written none has no such folder, which is a normal state: it
 * loads nothing, where the glob loader would warn on every build.
 */
function notesIn(base: string): Loader {
  if (existsSync(new URL(`../${base}/`, import.meta.url))) return glob({ pattern: "*.mdx", base, generateId: noteId });
  return {
    name: "lectern:no-notes",
    load: ({ store }) => {
      store.clear();
      return Promise.resolve();
    },
  };
}

const notes = defineCollection({
  loader: notesIn(DEFAULT_NOTES_DIR),
  schema: noteFrontmatterSchema,
});

const topicNotes = defineCollection({
  loader: notesIn(`${DEFAULT_NOTES_DIR}/topics`),
});

export const collections = { papers, digests, notes, topicNotes };
