/** What a reader does with search: find a paper by title or phrase, filter, sort, share the URL, use shortcuts. */
import AxeBuilder from "@axe-core/playwright";
import { readCorpus, type CorpusPaper } from "./support/corpus";
import { expect, test } from "./support/fixtures";
import {
  openSearch,
  resultLinks,
  resultsRegion,
  searchInput,
  showAllValues,
  shownUpvotes,
} from "./support/search-page";

/** A few papers spread over the corpus, so the checks do not hinge on one lucky title. */
const samplePapers = (papers: CorpusPaper[]): CorpusPaper[] =>
  [0.1, 0.5, 0.9].map((at) => papers[Math.floor(at * (papers.length - 1))] as CorpusPaper);

/** Eight consecutive words from the middle of the abstract: specific enough to single the paper out. */
const abstractPhrase = (paper: CorpusPaper): string => {
  const words = paper.abstract.split(/\s+/).filter((word) => /^[A-Za-z][A-Za-z-]*[,.]?$/.test(word));
  const start = Math.floor(words.length / 2);
  return words
    .slice(start, start + 8)
    .join(" ")
    .replace(/[,.]/g, "");
};

test("an exact title finds that paper first", async ({ page, site }) => {
  await openSearch(page);
  for (const paper of samplePapers(readCorpus(site).papers)) {
    await searchInput(page).fill(paper.title);
    await expect(resultLinks(page).first()).toHaveText(paper.title);
    await expect(resultLinks(page).first()).toHaveAttribute("href", `${site.basePath}papers/${paper.slug}/`);
  }
});

test("a phrase from an abstract finds that paper in the top 3", async ({ page, site }) => {
  await openSearch(page);
  const papers = readCorpus(site).papers.filter((paper) => paper.abstract.split(/\s+/).length > 40);
  for (const paper of samplePapers(papers)) {
    await searchInput(page).fill(abstractPhrase(paper));
    await expect(resultLinks(page).first()).toBeVisible();
    await expect.poll(async () => (await resultLinks(page).allTextContents()).slice(0, 3)).toContain(paper.title);
  }
});

test("a topic filter narrows results to the topic page's count", async ({ page, site }) => {
  const topic = readCorpus(site).topics.find((candidate) => candidate.count >= 5 && candidate.slug !== "other");
  if (!topic) throw new Error("corpus has no topic with 5 papers");
  await page.goto(`topics/${topic.slug}/`);
  await expect(page.getByRole("main")).toContainText(`${topic.count} papers`);

  await openSearch(page);
  const status = resultsRegion(page).getByRole("status");
  const total = Number(/(\d+)/.exec((await status.textContent()) ?? "")?.[1]);
  await showAllValues(page, "Topic");
  await page.getByRole("group", { name: "Topic" }).getByRole("checkbox", { name: topic.name }).check();
  await expect(status).toHaveText(`${topic.count} papers match the filters, newest first`);
  expect(topic.count).toBeLessThan(total);
  await expect(page).toHaveURL(new RegExp(`[?&]topic=${encodeURIComponent(topic.name).replace(/%20/g, "\\+")}`));
});

test("sorting by upvotes orders results by upvotes", async ({ page, site }) => {
  await openSearch(page);
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("upvotes");
  await expect(page).toHaveURL(/sort=upvotes/);
  const most = Math.max(...readCorpus(site).papers.map((paper) => paper.upvotes ?? 0));
  await expect.poll(async () => (await shownUpvotes(page))[0]).toBe(most);
  const upvotes = await shownUpvotes(page);
  expect(upvotes.length).toBeGreaterThan(1);
  expect(upvotes).toEqual([...upvotes].sort((a, b) => b - a));
});

test("browsing lists every paper once, newest first, across all search shards", async ({ page, site }) => {
  const papers = readCorpus(site).papers;
  await openSearch(page);
  await expect(resultsRegion(page).getByRole("status")).toHaveText(`All ${papers.length} papers, newest first`);
  const more = page.getByRole("button", { name: "Show more results" });
  for (let shown = 20; shown < 60; shown += 20) {
    await more.click();
    await expect(resultLinks(page)).toHaveCount(shown + 20);
  }
  const dayOf = new Map(papers.map((paper) => [paper.slug, paper.published ?? ""]));
  const shownSlugs = await resultLinks(page).evaluateAll((links) =>
    links.map((link) => /\/papers\/([^/]+)\/$/.exec(link.getAttribute("href") ?? "")?.[1] ?? ""),
  );
  const newestDays = papers.map((paper) => paper.published ?? "").sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  expect(shownSlugs.map((slug) => dayOf.get(slug))).toEqual(newestDays.slice(0, 60));
  expect(new Set(shownSlugs).size).toBe(60);
});

test("the URL holds the search: loading it restores results, back and forward replay", async ({ page, site }) => {
  const topic = readCorpus(site).topics.find((candidate) => candidate.count >= 5) ?? { name: "", count: 0 };
  const params = new URLSearchParams({ q: "model", topic: topic.name });
  await openSearch(page, `?${params.toString()}`);
  await expect(searchInput(page)).toHaveValue("model");
  await expect(page.getByRole("checkbox", { name: topic.name })).toBeChecked();
  const fromUrl = await resultLinks(page).allTextContents();
  expect(fromUrl.length).toBeGreaterThan(0);

  await openSearch(page);
  await searchInput(page).fill("model");
  await expect(resultsRegion(page).getByRole("status")).toContainText("for “model”");
  await showAllValues(page, "Topic");
  await page.getByRole("checkbox", { name: topic.name }).check();
  await expect(page).toHaveURL(/topic=/);
  await expect.poll(() => resultLinks(page).allTextContents()).toEqual(fromUrl);

  await page.goBack();
  await expect(page).not.toHaveURL(/topic=/);
  await expect(page.getByRole("checkbox", { name: topic.name })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByRole("checkbox", { name: topic.name })).toBeChecked();
  await expect.poll(() => resultLinks(page).allTextContents()).toEqual(fromUrl);
});

test("/ and Ctrl+K focus the search box; Pagefind loads only on the search page", async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) pagefindRequests.push(request.url());
  });
  await page.goto("./");
  const headerBox = page.getByRole("search", { name: "Site" }).getByRole("searchbox");
  await page.keyboard.press("/");
  await expect(headerBox).toBeFocused();
  await headerBox.blur();
  await page.keyboard.press("Control+k");
  await expect(headerBox).toBeFocused();
  expect(pagefindRequests).toEqual([]);

  await headerBox.fill("quantization");
  await headerBox.press("Enter");
  await expect(page).toHaveURL(/search\/\?q=quantization/);
  await expect(resultLinks(page).first()).toBeVisible();
  expect(pagefindRequests.some((url) => /\/pagefind\/[0-9a-f]{12}\/pagefind\.js$/.test(url))).toBe(true);
  await page.keyboard.press("Escape");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("/");
  await expect(searchInput(page)).toBeFocused();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the search page has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    // axe's colour-contrast pass over every result and facet is slow on a busy machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await openSearch(page, "?q=learning");
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""));
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  });
}

test("without JavaScript the search page points to topics, digests and the timeline, and hides the inert form", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? "" });
  const page = await context.newPage();
  await page.goto("search/");
  const main = page.getByRole("main");
  await expect(main).toContainText(
    "needs JavaScript. Without it, browse papers by topic, by digest or on the timeline.",
  );
  await expect(main.getByRole("link", { name: "by topic" })).toBeVisible();
  await expect(main.getByRole("link", { name: "by digest" })).toBeVisible();
  await expect(main.getByRole("link", { name: "on the timeline" })).toBeVisible();
  await expect(main.getByRole("searchbox")).toBeHidden();
  await expect(main.getByRole("combobox")).toBeHidden();
  await expect(main.getByRole("button")).toHaveCount(0);
  await context.close();
});
