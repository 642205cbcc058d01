/**
 * Writes a Pagefind bundle from search documents through Pagefind's Node API. Any error Pagefind reports is thrown:
 * a site without working search must not deploy.
 */
import { close, createIndex } from "pagefind";
import type { SearchDocument } from "../../src/lib/search/search-document";

const fail = (step: string, errors: readonly string[]): never => {
  throw new Error(`Pagefind ${step} failed:\n  - ${errors.join("\n  - ")}`);
};

/** Indexes every document and writes the bundle; returns how many pages were indexed. */
export async function writeSearchIndex(documents: AsyncIterable<SearchDocument>, outputPath: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index || errors.length > 0) return fail("start", errors);
  try {
    let pages = 0;
    for await (const document of documents) {
      const added = await index.addHTMLFile({ sourcePath: document.sourcePath, content: document.html });
      if (added.errors.length > 0) fail(`indexing ${document.sourcePath}`, added.errors);
      pages += 1;
    }
    if (pages === 0) fail("indexing", ["no paper pages to index; run `npm run ingest` first"]);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail("writing", written.errors);
    return pages;
  } finally {
    await close();
  }
}
