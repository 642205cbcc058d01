/**
 * Splits a generated paper page into its frontmatter (parsed YAML, not yet validated) and its markdown body.
 * Shared by the content loader and the search indexer, so both read exactly the same pages the same way.
 */
import { parse } from "yaml";

const FRONTMATTER = /^---\n([\s\S]*?\n)---\n\n?/;

export interface PaperPageFile {
  frontmatter: Record<string, unknown>;
  body: string;
}

export function splitPaperPage(text: string, file: string): PaperPageFile {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: a paper page must start with YAML frontmatter; run \`npm run ingest\``);
  return { frontmatter: parse(match[1] ?? "") as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** Whether a file in the papers folder is a paper page (the folder also holds `digests.json`). */
export function isPaperPageName(name: string): boolean {
  return name.endsWith(".mdx");
}
