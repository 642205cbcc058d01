/** The file `npm run note` creates: the frontmatter every note may carry, filled in for a paper just picked up. */
import { stringify } from "yaml";
import type { NoteFrontmatter } from "../../src/schema/note";

export function newNote(title: string, today: string): string {
  const frontmatter: NoteFrontmatter = { tags: [], status: "to-read", updated: today };
  return `---\n${stringify(frontmatter)}---\n\n{/* Your notes on “${title.replaceAll("*/", "* /")}”. Components: <Paper slug="…" />, <Figure src="…" alt="…" caption="…" />, <Callout type="note|warning|idea">…</Callout>; math: $x^2$ and $$…$$. */}\n`;
}
