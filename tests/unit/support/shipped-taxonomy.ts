/** The project's own taxonomy file, parsed through the same gate the ingest uses. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TOPICS_FILE } from "../../../src/lib/project-files";
import { parseTaxonomy } from "../../../src/lib/topics/parse-taxonomy";
import type { Taxonomy } from "../../../src/schema/taxonomy";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export function shippedTaxonomy(): Taxonomy {
  return parseTaxonomy(readFileSync(path.join(ROOT, DEFAULT_TOPICS_FILE), "utf8"), DEFAULT_TOPICS_FILE);
}
