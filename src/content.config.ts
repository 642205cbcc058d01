/** Astro content collections: the pages and catalogue written by `npm run ingest`, validated by the shared schema. */
import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { papersDir } from "../scripts/ingest/paths";
import { paperPages } from "./loaders/paper-pages";
import { digestSchema, paperSchema } from "./schema/paper";

// The benchmark and tests point the build at other folders through LECTERN_PAPERS_DIR.
const pages = papersDir(process.env);

const papers = defineCollection({
  loader: paperPages(pages),
  schema: paperSchema,
});

const digests = defineCollection({
  loader: file(`${pages}/digests.json`),
  schema: digestSchema,
});

export const collections = { papers, digests };
