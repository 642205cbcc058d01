/**
 * The owner's notes in a built site (one fixture digest, fixture notes): a note using every component and math
 * renders on its paper's page under "Notes", with nothing refused by the Content-Security-Policy; the paper's cards
 * elsewhere are marked; tags have pages; and a note whose paper is gone warns at build time and is kept on /notes/.
 */
import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { resultItems, waitForSearchReady } from "../support/search-page";
import { startStaticServer, type StaticServer } from "../support/static-server";
import { buildNotesSite } from "./notes-site";

/** How many of the page's stylesheets are KaTeX's (told by its font names: the bundler names and merges files as it likes). */
const katexStylesheets = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    const texts = await Promise.all(links.map(async (link) => (await fetch(link.href)).text()));
    return texts.filter((text) => text.includes("KaTeX_Main")).length;
  });

test.describe("notes in a built site", () => {
  test.describe.configure({ mode: "serial" });

  let server: StaticServer | undefined;
  let outDir = "";
  let ingestLog = "";

  test.beforeAll(async ({ site }) => {
    // A whole ingest and build of a throwaway project: minutes on a busy machine, not the default 30 s.
    test.setTimeout(300_000);
    ({ outDir, ingestLog } = await buildNotesSite(site.basePath));
    server = await startStaticServer({ root: outDir, base: site.basePath });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (outDir) await rm(dirname(outDir), { recursive: true, force: true });
  });

  const url = (path: string): string => {
    if (!server) throw new Error("the notes site was not served");
    return `${server.url}${path}`;
  };

  test("a note with every component and math renders under Notes", async ({ page }) => {
    await page.goto(url("papers/shared-title/"));
    const notes = page.getByRole("region", { name: "Notes" });
    await expect(notes).toContainText("Calibration-free outliers, in my own words");
    await expect(notes.getByRole("heading", { name: "Fixture note" })).toBeVisible();
    // Frontmatter, shown.
    await expect(notes).toContainText("Reading");
    await expect(notes).toContainText("3 of 5");
    await expect(notes).toContainText("30 Nov 2026");
    await expect(notes.getByRole("link", { name: "four-bit" })).toHaveAttribute("href", /tags\/four-bit\/$/);
    // Math as MathML: inline and display, with the TeX kept as its annotation.
    await expect(notes.locator("math")).toHaveCount(2);
    await expect(notes.locator('math[display="block"]')).toHaveCount(1);
    await expect(notes.locator("annotation").first()).toHaveText("s = \\max_i |w_i| / 7");
    expect(await katexStylesheets(page)).toBe(1);
    // The figure, optimised by astro:assets, loads.
    const figure = notes.getByRole("figure");
    await expect(figure).toContainText("One channel dominates.");
    const image = figure.getByRole("img", { name: "A bar chart with one towering bar" });
    await expect(image).toHaveAttribute("src", /\.webp$/);
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
    // Callouts, labelled by their kind, and the paper card inside one.
    await expect(notes.getByRole("complementary", { name: "Idea" })).toContainText("Try this on the experts of");
    await expect(notes.getByRole("complementary", { name: "Warning" })).toContainText("from memory");
    const card = notes.getByRole("link", { name: /MoE: Sparse Experts/ });
    await card.click();
    await expect(page).toHaveURL(/papers\/moe-sparse-experts\/$/);
  });

  test("a page without math loads no KaTeX stylesheet, and a paper's cards say it has notes", async ({ page }) => {
    await page.goto(url("papers/moe-sparse-experts/"));
    await expect(page.getByRole("region", { name: "Notes" })).toHaveCount(0);
    expect(await katexStylesheets(page)).toBe(0);
    await page.goto(url("digests/digest/"));
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Shared Title" }) });
    await expect(row.getByRole("img", { name: "has notes" })).toBeVisible();
    const other = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "MoE: Sparse Experts" }) });
    await expect(other.getByRole("img", { name: "has notes" })).toHaveCount(0);
  });

  test("a search result of a paper with notes carries the same mark", async ({ page }) => {
    await page.goto(url("search/?q=title"));
    await waitForSearchReady(page);
    const result = resultItems(page).filter({ has: page.getByRole("link", { name: "Shared Title" }) });
    await expect(result.getByRole("img", { name: "has notes" })).toBeVisible();
    await page.goto(url("search/?q=experts"));
    await waitForSearchReady(page);
    const other = resultItems(page).filter({ has: page.getByRole("link", { name: "MoE: Sparse Experts" }) });
    await expect(other).toHaveCount(1);
    await expect(other.getByRole("img", { name: "has notes" })).toHaveCount(0);
  });

  test("each tag has a page listing the papers its notes are on", async ({ page }) => {
    await page.goto(url("tags/"));
    await page.getByRole("link", { name: "outliers" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("outliers");
    await expect(page.getByRole("link", { name: "Shared Title" })).toBeVisible();
  });

  test("an orphaned note warns at build time and is kept, whole, on /notes/", async ({ page }) => {
    expect(ingestLog).toMatch(/warning: content\/notes\/a-paper-that-left\.mdx: no paper has the slug/);
    await page.goto(url("notes/"));
    await expect(page.getByRole("link", { name: "Shared Title" })).toBeVisible();
    const orphaned = page.getByRole("region", { name: "Orphaned notes" });
    const note = orphaned.getByRole("article", { name: /a-paper-that-left\.mdx/ });
    await expect(note).toContainText("Orphaned but kept: the paper this note was about left the corpus.");
    await expect(note).toContainText("Read");
  });

  for (const path of ["papers/shared-title/", "notes/"]) {
    test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
      test.slow();
      await page.goto(url(path));
      const { violations } = await new AxeBuilder({ page }).analyze();
      const severe = violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
      expect(severe).toEqual([]);
    });
  }
});
