/** The cite block: BibTeX is visible as text and the copy button puts exactly that text on the clipboard. */
import { expect, test } from "../support/fixtures";
import { readPapersJson } from "./built-site";

test("Copy BibTeX copies the entry", async ({ page, context, site }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { papers } = await readPapersJson(site.outDir);
  const paper = papers[0];
  if (!paper) throw new Error("papers.json lists no papers");
  await page.goto(`papers/${paper.slug}/`);

  const cite = page.getByRole("region", { name: "Cite" });
  const entry = await cite.getByLabel("BibTeX entry").textContent();
  expect(entry).toContain("@misc{");

  await cite.getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(cite.getByRole("status")).toHaveText("Copied to clipboard");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(entry);
});
