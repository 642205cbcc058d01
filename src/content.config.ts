/**
 * Astro content collections: the pages and catalogue written by `npm run ingest`, each validated by its shared
 * schema (the derived corpus beside them is read by `src/site/corpus.ts`). Paths are relative to the project root
 * Astro is given; the loaders resolve them from it.
 */
import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { CATALOGUE_FILE, papersDir } from "./lib/project-files";
import { paperPages } from "./loaders/paper-pages";
import { digestSchema, paperSchema } from "./schema/paper";

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

export const collections = { papers, digests };
