/**
 * `tsx scripts/search-index.ts --out DIR`: builds the Pagefind bundle for the generated paper pages. The Astro build
 * starts it as a child process so indexing runs on another core while pages render (src/integrations/pagefind.ts).
 */
import { parseArgs } from "node:util";
import { papersDir } from "./ingest/paths";
import { indexPaperPages } from "./search-index/write-index";

const USAGE = "usage: tsx scripts/search-index.ts --out DIR [--papers DIR]";

try {
  const { values } = parseArgs({ options: { out: { type: "string" }, papers: { type: "string" } } });
  if (values.out === undefined) throw new Error(`--out is required\n${USAGE}`);
  const pages = await indexPaperPages(values.papers ?? papersDir(process.env), values.out);
  console.log(`indexed ${pages} paper pages`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
