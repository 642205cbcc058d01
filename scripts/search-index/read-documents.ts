/**
 * The search documents of a papers folder: every generated page, validated with the shared schema, given its topics
 * by the same taxonomy rules the site uses, and turned into the record Pagefind indexes.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { readInBatches } from "../lib/read-in-batches";
import { compareCodePoints } from "../../src/lib/compare-code-points";
import { isPaperPageName, splitPaperPage } from "../../src/loaders/paper-page-file";
import { searchDocument, type SearchDocument } from "../../src/lib/search/search-document";
import { assignTopics, compileTaxonomy } from "../../src/lib/topics/assign";
import type { Taxonomy } from "../../src/lib/topics/schema";
import { paperSchema } from "../../src/schema/paper";

/** The generated paper pages of a folder, in name order. */
export async function paperPageFiles(papersDir: string): Promise<string[]> {
  return (await readdir(papersDir))
    .filter(isPaperPageName)
    .sort(compareCodePoints)
    .map((name) => join(papersDir, name));
}

/** Yielded one at a time, so only a batch of page texts is held while Pagefind indexes the others. */
export async function* readSearchDocuments(papersDir: string, taxonomy: Taxonomy): AsyncGenerator<SearchDocument> {
  const matchers = compileTaxonomy(taxonomy);
  const topicName = new Map(taxonomy.topics.map((topic) => [topic.slug, topic.name]));
  for await (const { file, content } of readInBatches(await paperPageFiles(papersDir))) {
    const { frontmatter } = splitPaperPage(content.toString("utf8"), file);
    const parsed = paperSchema.safeParse(frontmatter);
    if (!parsed.success) throw new Error(`${file}: invalid frontmatter: ${parsed.error.message}`);
    const { topics } = assignTopics(parsed.data, matchers);
    yield searchDocument({ data: parsed.data, topicNames: topics.map((slug) => topicName.get(slug) ?? slug) });
  }
}
