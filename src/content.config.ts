/** Astro content collections: the pages and catalogue written by `npm run ingest`, validated by the shared schema. */
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { digestSchema, paperSchema } from "./schema/paper";

const papers = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/papers" }),
  schema: paperSchema,
});

const digests = defineCollection({
  loader: file("./content/papers/digests.json"),
  schema: digestSchema,
});

export const collections = { papers, digests };
