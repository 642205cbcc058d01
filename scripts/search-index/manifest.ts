/** Reads the search index manifest the ingest wrote beside the pages, checked against its schema. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { SEARCH_INDEX_FILE } from "../../src/lib/project-files";
import { searchIndexManifestSchema, type SearchIndexManifest } from "../../src/schema/search-index";

export async function readSearchIndexManifest(papersDir: string): Promise<SearchIndexManifest> {
  const file = join(papersDir, SEARCH_INDEX_FILE);
  const text = await readFile(file, "utf8").catch(() => {
    throw new Error(`${file} is missing; run \`npm run ingest\` to write it`);
  });
  const parsed = searchIndexManifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a search index manifest; run \`npm run ingest\` to rewrite it`);
  return parsed.data;
}
