/**
 * The reading list as a reader uses it: save a paper on its page and another from search results, reload, open
 * the library, go offline, mark one read, export BibTeX, CSV and JSON and read the downloaded files back with a
 * real BibTeX parser and an RFC 4180 reading; then remove a paper and import the JSON again, which merges it back.
 * Offline for real: a private copy of the build with its service worker, whose server the test stops.
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "@retorquere/bibtex-parser";
import type { Download, Locator, Page } from "@playwright/test";
import { parseCsv } from "../unit/support/csv";
import { readCorpus, type CorpusPaper } from "./support/corpus";
import { expect, test } from "./support/fixtures";
import { openOfflineWorkspace, waitForWorker, type OfflineWorkspace } from "./support/offline-site";
import { resultItems, searchInput, waitForSearchReady } from "./support/search-page";

let workspace: OfflineWorkspace;
test.beforeEach(async ({ site }) => {
  workspace = await openOfflineWorkspace(site);
});
test.afterEach(async () => {
  await workspace.close();
});

const savedList = (page: Page): Locator => page.getByRole("region", { name: "Saved papers" }).getByRole("list").first();
const savedTitles = (page: Page): Promise<string[]> =>
  savedList(page).getByRole("heading", { level: 3 }).allTextContents();

const downloaded = async (page: Page, button: string): Promise<{ download: Download; text: string }> => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await download.path();
  return { download, text: await readFile(path, "utf8") };
};

/** Two papers with distinct titles, one of them with a date, so the exports have a year to carry. */
const twoPapers = (papers: readonly CorpusPaper[]): [CorpusPaper, CorpusPaper] => {
  const dated = papers.find((paper) => paper.published !== undefined);
  const other = papers.findLast((paper) => paper.title !== dated?.title);
  if (!dated || !other) throw new Error("the corpus needs two papers, one of them dated");
  return [dated, other];
};

test("save → reload → library → offline → export, and import merges", async ({ page, site }) => {
  const build = await workspace.copySite("a", { searchOnRequest: false });
  const { server } = await workspace.host(build);
  const [onPage, fromSearch] = twoPapers(readCorpus(site).papers);

  await page.goto(`${server.url}papers/${onPage.slug}/`);
  await waitForWorker(page);
  await page.getByRole("button", { name: "Save to reading list" }).click();
  await expect(page.getByRole("button", { name: "Remove from reading list" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Remove from reading list" })).toBeVisible();

  await page.goto(`${server.url}search/`);
  await waitForSearchReady(page);
  await searchInput(page).fill(fromSearch.title);
  const result = resultItems(page).filter({ has: page.getByRole("link", { name: fromSearch.title, exact: true }) });
  await result.getByRole("button", { name: "Save to reading list" }).click();
  await expect(result.getByRole("button", { name: "Remove from reading list" })).toBeVisible();

  await page.goto(`${server.url}library/`);
  await expect(page.getByRole("status").first()).toHaveText("2 papers saved, 0 read.");
  // Newest saved first.
  expect(await savedTitles(page)).toEqual([fromSearch.title, onPage.title]);
  const link = savedList(page).getByRole("link", { name: onPage.title, exact: true });
  await expect(link).toHaveAttribute("href", `${server.url}papers/${onPage.slug}/`);

  await server.stop();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your reading list");
  expect(await savedTitles(page)).toEqual([fromSearch.title, onPage.title]);
  await page.getByRole("checkbox", { name: `Read ${onPage.title}` }).check();
  await expect(page.getByRole("status").first()).toHaveText("2 papers saved, 1 read.");
  await page.getByLabel("Sort by").selectOption({ label: "Date saved, oldest first" });
  expect(await savedTitles(page)).toEqual([onPage.title, fromSearch.title]);

  const bibtex = await downloaded(page, "Export as BibTeX");
  expect(bibtex.download.suggestedFilename()).toMatch(/^reading-list-\d{4}-\d{2}-\d{2}\.bib$/);
  const library = parse(bibtex.text, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  const spaced = (text: string | undefined) => text?.replace(/\s+/g, " ").trim();
  expect(library.entries.map((entry) => spaced(entry.fields.title))).toEqual([
    spaced(onPage.title),
    spaced(fromSearch.title),
  ]);
  expect(library.entries[0]?.fields.year).toBe(onPage.published?.slice(0, 4));
  expect(library.entries[0]?.fields.url).toBe(`${server.url}papers/${onPage.slug}/`);

  const csv = await downloaded(page, "Export as CSV");
  const [header, ...rows] = parseCsv(csv.text);
  expect(header).toEqual(["title", "authors", "published", "url", "saved", "read"]);
  expect(rows.map((row) => [row[0], row[2], row[3], row[5]])).toEqual([
    [onPage.title, onPage.published ?? "", `${server.url}papers/${onPage.slug}/`, "yes"],
    [fromSearch.title, fromSearch.published ?? "", `${server.url}papers/${fromSearch.slug}/`, "no"],
  ]);

  const json = await downloaded(page, "Export as JSON");
  await page.getByRole("button", { name: `Remove ${fromSearch.title}` }).click();
  expect(await savedTitles(page)).toEqual([onPage.title]);
  await page.getByLabel("Import a JSON reading list").setInputFiles({
    name: "list.json",
    mimeType: "application/json",
    buffer: Buffer.from(json.text),
  });
  await expect(page.getByText("Imported list.json: 1 paper added, 0 updated.")).toBeVisible();
  expect(await savedTitles(page)).toEqual([onPage.title, fromSearch.title]);
  await expect(page.getByRole("checkbox", { name: `Read ${onPage.title}` })).toBeChecked();
});

test("an imported list is shown as text, and a file that is no list is refused with the reason", async ({
  page,
  site,
}) => {
  const hostile = '<img src=x onerror="document.title=1">';
  await page.goto("library/");
  await expect(page.getByRole("status").first()).toContainText("Nothing saved yet");
  const file = (papers: unknown[]) => ({
    name: "list.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "lectern-reading-list", version: 1, papers })),
  });
  const base = `http://example.org${site.basePath}papers/`;
  const input = page.getByLabel("Import a JSON reading list");
  await input.setInputFiles(
    file([
      { slug: "x", title: "Sneaky", url: "javascript:alert(1)", savedAt: "2026-01-01T00:00:00.000Z", read: false },
    ]),
  );
  await expect(page.getByText(/^list\.json is not a Lectern reading list \(at papers\.0\.url/)).toBeVisible();
  await input.setInputFiles(
    file([{ slug: "x", title: hostile, url: `${base}x/`, savedAt: "2026-01-01T00:00:00.000Z", read: false }]),
  );
  await expect(savedList(page).getByRole("link", { name: hostile, exact: true })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")).toEqual(
    [],
  );
});

test("without JavaScript the library says that it needs it", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? "" });
  try {
    const page = await context.newPage();
    await page.goto("library/");
    await expect(page.getByText("The reading list is kept by your browser and needs JavaScript.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Export as BibTeX" })).toBeHidden();
  } finally {
    await context.close();
  }
});
