/**
 * What the search page shows beside the results: filters ordered and trimmed by the current results, digests named
 * as their pages name them, filters behind a button on a phone, and result cards worded as on every other page.
 */
import type { Locator, Page } from "@playwright/test";
import { readCorpus, type CorpusPaper } from "./support/corpus";
import { expect, test } from "./support/fixtures";
import {
  filterGroup,
  openSearch,
  resultItems,
  resultLinks,
  resultsRegion,
  searchInput,
  showAllValues,
} from "./support/search-page";

/** Each visible value of a filter with the count it shows, in display order. */
const shownValues = async (group: Locator): Promise<{ label: string; count: number }[]> =>
  (await group.getByRole("listitem").allInnerTexts()).map((text) => {
    const [, label = "", count = ""] = /^(.*?)\s+(\d+)$/s.exec(text.trim()) ?? [];
    return { label: label.trim(), count: Number(count) };
  });

/** A word of a topic name that the query box can search for: the topic's own theme, so its count is high. */
const queryForTopic = (name: string): string =>
  name
    .split(/\s+/)
    .filter((word) => /^[a-z]{6,}$/i.test(word))
    .sort((a, b) => b.length - a.length)[0] ?? name;

test("filters list the values of the current results, most results first, and none without results", async ({
  page,
  site,
}) => {
  const topic = readCorpus(site).topics.find((candidate) => candidate.count >= 5 && candidate.slug !== "other");
  if (!topic) throw new Error("corpus has no topic with 5 papers");
  await openSearch(page, `?q=${encodeURIComponent(queryForTopic(topic.name))}`);
  for (const name of ["Topic", "Year", "Code"]) {
    const group = filterGroup(page, name);
    await showAllValues(page, name);
    const values = await shownValues(group);
    expect(values.length, `${name} shows values`).toBeGreaterThan(0);
    expect(
      values.map((value) => value.count),
      `${name} is ordered by count`,
    ).toEqual(values.map((value) => value.count).sort((a, b) => b - a));
    expect(
      values.filter((value) => value.count === 0),
      `${name} hides values without results`,
    ).toEqual([]);
  }
  const total = Number(/(\d+)/.exec((await resultsRegion(page).getByRole("status").textContent()) ?? "")?.[1]);
  const topicCounts = await shownValues(filterGroup(page, "Topic"));
  expect(topicCounts[0]?.count).toBeLessThanOrEqual(total);
});

test("a long filter shows its top values and a show-all disclosure; a ticked value stays in sight", async ({
  page,
}) => {
  await openSearch(page);
  const topics = filterGroup(page, "Topic");
  const showAll = topics.getByRole("button", { name: /^Show all \d+ topics$/ });
  await expect(showAll).toHaveAttribute("aria-expanded", "false");
  const all = Number(/(\d+)/.exec((await showAll.textContent()) ?? "")?.[1]);
  const collapsed = await shownValues(topics);
  expect(collapsed.length).toBeLessThan(all);

  await showAll.focus();
  await page.keyboard.press("Enter");
  const toggle = topics.getByRole("button", { name: /^Show (all|fewer)/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(toggle).toBeFocused();
  await expect(topics.getByRole("checkbox")).toHaveCount(all);

  // Tick the last value, collapse again: it stays visible and ticked.
  const last = topics.getByRole("checkbox").last();
  const lastName = (await topics.getByRole("listitem").last().innerText()).replace(/\s+\d+$/, "").trim();
  await last.check();
  await expect(resultsRegion(page).getByRole("status")).toContainText("match the filters");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(topics.getByRole("checkbox", { name: lastName })).toBeChecked();
  expect((await shownValues(topics)).length).toBe(collapsed.length + 1);
});

test("digest filters are named as the digest pages name them", async ({ page, site }) => {
  const { digests } = readCorpus(site);
  const names: string[] = [];
  for (const digest of digests) {
    await page.goto(`digests/${digest.id}/`);
    names.push((await page.getByRole("heading", { level: 1 }).innerText()).trim());
  }
  await openSearch(page);
  await showAllValues(page, "Digest");
  const labels = (await shownValues(filterGroup(page, "Digest"))).map((value) => value.label);
  expect([...labels].sort()).toEqual([...names].sort());
  for (const digest of digests) expect(labels.join("\n")).not.toContain(digest.id);
});

test("on a phone the filters wait behind a Filters button above the results", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSearch(page, "?q=model");
  const button = page.getByRole("button", { name: "Filters", exact: true });
  const topics = filterGroup(page, "Topic");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(topics).toBeHidden();
  const firstResult = resultLinks(page).first();
  const buttonBox = await button.boundingBox();
  const resultBox = await firstResult.boundingBox();
  expect(buttonBox && resultBox && buttonBox.y + buttonBox.height <= resultBox.y).toBe(true);

  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(topics).toBeVisible();
  const topicsBox = await topics.boundingBox();
  const resultBoxAfter = await firstResult.boundingBox();
  expect(topicsBox && resultBoxAfter && topicsBox.y < resultBoxAfter.y).toBe(true);

  await page.keyboard.press("Space");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(topics).toBeHidden();
});

/** The facts line of a paper page, one text per fact. */
const paperPageFacts = async (page: Page, paper: CorpusPaper): Promise<string[]> => {
  await page.goto(`papers/${paper.slug}/`);
  return normalised(await page.getByRole("article").locator("header").getByRole("list").first().allInnerTexts());
};

const normalised = (texts: string[]): string[] =>
  texts
    .flatMap((text) => text.split("\n"))
    .map((text) => text.replace(/\s+/g, " ").replace(/\s*\(/g, " (").trim())
    .filter((text) => text !== "");

/** Papers that exercise each fact: one author, upvotes, none, organisations. */
const factSamples = (papers: CorpusPaper[]): CorpusPaper[] =>
  [
    papers.find((paper) => paper.authorsCount === 1),
    papers.find((paper) => (paper.upvotes ?? 0) > 0),
    papers.find((paper) => !paper.upvotes && paper.published),
  ].filter((paper): paper is CorpusPaper => paper !== undefined);

test("result cards word their facts as the paper pages do, and their excerpt does not repeat the title", async ({
  page,
  site,
}) => {
  const samples = factSamples(readCorpus(site).papers);
  expect(samples.length).toBeGreaterThan(1);
  for (const paper of samples) {
    const expected = await paperPageFacts(page, paper);
    await openSearch(page, `?q=${encodeURIComponent(paper.title)}`);
    await expect(resultLinks(page).first()).toHaveText(paper.title);
    const card = resultItems(page).first();
    const facts = normalised(await card.getByRole("list").first().allInnerTexts());
    expect(facts, paper.title).toEqual(expected);
    expect(facts.join(" ")).not.toMatch(/▲ 0|\b1 authors\b|[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    const excerpt = (await card.locator("p").last().innerText()).trim();
    expect(excerpt.length).toBeGreaterThan(0);
    expect(excerpt.toLowerCase().startsWith(paper.title.toLowerCase().slice(0, 16))).toBe(false);
  }
});

test("an exact title still ranks its paper first when only the title carries the words", async ({ page, site }) => {
  const paper = readCorpus(site).papers.find(
    (candidate) => !candidate.abstract.toLowerCase().includes(candidate.title.toLowerCase().split(/\s+/)[0] ?? ""),
  );
  if (!paper) throw new Error("every abstract repeats its title's first word");
  await openSearch(page);
  await searchInput(page).fill(paper.title);
  await expect(resultLinks(page).first()).toHaveText(paper.title);
});

test.describe("while the index loads", () => {
  // Blocked, so that the page's own requests for the index are the ones the test holds back.
  test.use({ serviceWorkers: "block" });

  test("what the reader types is the first search once the index is ready", async ({ page, site }) => {
    const paper = readCorpus(site).papers.at(-1);
    if (!paper) throw new Error("the corpus has no papers");
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/pagefind-entry.json*", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("search/");
    await expect(page.getByText("Loading the search index…")).toBeVisible();
    await searchInput(page).fill(paper.title);
    release();
    await expect(resultLinks(page).first()).toHaveText(paper.title);
    expect(new URL(page.url()).searchParams.get("q")).toBe(paper.title);
  });
});
