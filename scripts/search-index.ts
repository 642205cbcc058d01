/**
 * `tsx scripts/search-index.ts --out DIR [--papers DIR]`: builds the Pagefind bundle from the search records the
 * ingest wrote beside the paper pages. The Astro build starts it as a child process so indexing runs on another
 * core while pages render (scripts/astro/pagefind.ts).
 */
import { parseArgs } from "node:util";
import { papersDir } from "../src/lib/project-files";
import { indexPapers } from "./search-index/write-index";

const USAGE = "usage: tsx scripts/search-index.ts --out DIR [--papers DIR]";

try {
  const { values } = parseArgs({ options: { out: { type: "string" }, papers: { type: "string" } } });
  if (values.out === undefined) throw new Error(`--out is required\n${USAGE}`);
  const count = await indexPapers(values.papers ?? papersDir(process.env), values.out);
  console.log(`indexed ${count} papers`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
