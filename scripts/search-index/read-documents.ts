/**
 * The search documents of a papers folder: every generated page, validated with the shared schema, given its topics
 * by the same taxonomy rules the site uses, and turned into the record Pagefind indexes.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { isPaperPageName, splitPaperPage } from "../../src/loaders/paper-page-file";
import { searchDocument, type SearchDocument } from "../../src/lib/search/search-document";
import { assignTopics, compileTaxonomy } from "../../src/lib/topics/assign";
import type { Taxonomy } from "../../src/lib/topics/schema";
import { paperSchema } from "../../src/schema/paper";

/**
 * Pages read a batch at a time (one read at a time left the indexer idle on the disk for half its run) and yielded
 * one at a time, so only a batch of page texts is held while Pagefind indexes the others.
 */
const READ_BATCH = 64;

export async function* readSearchDocuments(papersDir: string, taxonomy: Taxonomy): AsyncGenerator<SearchDocument> {
  const matchers = compileTaxonomy(taxonomy);
  const topicName = new Map(taxonomy.topics.map((topic) => [topic.slug, topic.name]));
  const files = (await readdir(papersDir))
    .filter(isPaperPageName)
    .sort()
    .map((name) => join(papersDir, name));
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const texts = await Promise.all(batch.map((file) => readFile(file, "utf8")));
    for (const [index, file] of batch.entries()) {
      const { frontmatter } = splitPaperPage(texts[index] ?? "", file);
      const parsed = paperSchema.safeParse(frontmatter);
      if (!parsed.success) throw new Error(`${file}: invalid frontmatter: ${parsed.error.message}`);
      const { topics } = assignTopics(parsed.data, matchers);
      yield searchDocument({ data: parsed.data, topicNames: topics.map((slug) => topicName.get(slug) ?? slug) });
    }
  }
}
