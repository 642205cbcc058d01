/**
 * Text is cleaned once, by the ingest: a paper page shows its abstract exactly as `papers.json` (and so the feeds
 * and search) carries it. Typographic rewriting of page bodies alone (quotes, `--`) would make them differ.
 */
import { readCorpus } from "../support/corpus";
import { expect, test } from "../support/fixtures";

/** Characters a Markdown renderer's smart punctuation would rewrite. */
const REWRITABLE = /['"]|--|\.\.\./;
const SAMPLE = 8;

test("a paper page's abstract reads as papers.json has it", async ({ page, site }) => {
  const papers = readCorpus(site).papers.filter(
    (paper) => REWRITABLE.test(paper.abstract) || /[–—]/.test(paper.abstract),
  );
  test.skip(papers.length === 0, "no abstract in this corpus has quotes or dashes");
  // The abstract is what follows the region's heading; links come after it.
  for (const paper of papers.slice(0, SAMPLE)) {
    await page.goto(`papers/${paper.slug}/`);
    const shown = await page.getByRole("region", { name: "Abstract" }).locator(":scope > h2 + *").innerText();
    expect(shown.replace(/\s+/g, " ").trim(), paper.slug).toBe(paper.abstract.replace(/\s+/g, " ").trim());
  }
});
