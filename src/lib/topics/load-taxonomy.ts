/** Reads the taxonomy file at the edge; everything else works on the parsed value. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseTaxonomy } from "./parse-taxonomy";
import type { Taxonomy } from "./schema";

/** Project-relative like the content collections in `src/content.config.ts`, so builds run from the repo root. */
export const TAXONOMY_FILE = "content/topics.yaml";

export function loadTaxonomy(file: string = TAXONOMY_FILE): Taxonomy {
  return parseTaxonomy(readFileSync(resolve(process.cwd(), file), "utf8"), file);
}
