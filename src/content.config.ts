/**
 * Astro content collections: the pages, catalogue and derived corpus written by `npm run ingest`, each validated by
 * its shared schema. Paths are relative to the project root Astro is given; the loaders resolve them from it.
 */
import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { CATALOGUE_FILE, CORPUS_FILE, papersDir } from "./lib/project-files";
import { derivedCorpus } from "./loaders/derived-corpus";
import { paperPages } from "./loaders/paper-pages";
import { derivedCorpusSchema } from "./schema/corpus";
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

const corpus = defineCollection({
  loader: derivedCorpus(`${pages}/${CORPUS_FILE}`),
  schema: derivedCorpusSchema,
});

export const collections = { papers, digests, corpus };
