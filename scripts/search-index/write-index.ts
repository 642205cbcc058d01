/**
 * Writes a Pagefind bundle from search documents through Pagefind's Node API. Any error Pagefind reports is thrown:
 * a site without working search must not deploy.
 */
import { close, createIndex } from "pagefind";
import type { SearchDocument } from "../../src/lib/search/search-document";
import { loadTaxonomy } from "../../src/lib/topics/load-taxonomy";
import { readSearchDocuments } from "./read-documents";

/**
 * Pages sent to Pagefind before waiting for its answers. One at a time, each page waited a round trip to the
 * Pagefind process: at 50k papers indexing took 18 minutes of mostly idle wall time.
 */
const PAGES_IN_FLIGHT = 64;

const fail = (step: string, errors: readonly string[]): never => {
  throw new Error(`Pagefind ${step} failed:\n  - ${errors.join("\n  - ")}`);
};

/** Indexes every document and writes the bundle; returns how many pages were indexed. */
export async function writeSearchIndex(documents: AsyncIterable<SearchDocument>, outputPath: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index || errors.length > 0) return fail("start", errors);
  try {
    let pages = 0;
    const inFlight = new Set<Promise<void>>();
    for await (const document of documents) {
      const adding = index.addHTMLFile({ sourcePath: document.sourcePath, content: document.html }).then((added) => {
        if (added.errors.length > 0) fail(`indexing ${document.sourcePath}`, added.errors);
      });
      inFlight.add(adding);
      void adding.then(
        () => inFlight.delete(adding),
        () => undefined,
      );
      if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
      pages += 1;
    }
    await Promise.all(inFlight);
    if (pages === 0) fail("indexing", ["no paper pages to index; run `npm run ingest` first"]);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail("writing", written.errors);
    return pages;
  } finally {
    await close();
  }
}

/** The search bundle of the generated paper pages, named by their topics in the project's taxonomy. */
export async function indexPaperPages(papersDir: string, outputPath: string): Promise<number> {
  return writeSearchIndex(readSearchDocuments(papersDir, loadTaxonomy()), outputPath);
}
