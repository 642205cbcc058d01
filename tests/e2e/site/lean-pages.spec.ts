/**
 * What the lean pages leave out, and what they still give: a topic's side column on its first page only, rows
 * that do not chip the topic they are listed under, related cards with one topic at most, and the controls that
 * only work with JavaScript (theme, copy, look-ups, search shortcuts) built by it rather than shipped dead.
 */
import { readCorpus } from "../support/corpus";
import { expect, test } from "../support/fixtures";

test("a topic's first page shows papers per year and its neighbours; its later pages list papers only", async ({
  page,
  site,
}) => {
  const largest = readCorpus(site).topics.reduce((best, topic) => (topic.count > best.count ? topic : best));
  await page.goto(`topics/${largest.slug}/`);
  const about = page.getByRole("complementary", { name: "About this topic" });
  await expect(about.getByRole("img", { name: `Papers per year in ${largest.name}` })).toBeVisible();
  await page
    .getByRole("navigation", { name: `${largest.name} pages` })
    .getByRole("link", { name: /Older/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`topics/${largest.slug}/2/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(largest.name);
  await expect(page.getByRole("complementary", { name: "About this topic" })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: /Papers, newest first/ }).getByRole("heading", { level: 3 }),
  ).not.toHaveCount(0);
});

test("the rows of a topic page chip the papers' other topics, not the topic itself", async ({ page, site }) => {
  const corpus = readCorpus(site);
  const topic = corpus.topics.find((candidate) =>
    corpus.papers.some((paper) => paper.topics.includes(candidate.slug) && paper.topics.length > 1),
  );
  if (!topic) throw new Error("no paper has two topics");
  await page.goto(`topics/${topic.slug}/`);
  const rows = page.getByRole("region", { name: /Papers, newest first/ }).getByRole("listitem");
  await expect(rows).not.toHaveCount(0);
  await expect(rows.getByRole("link", { name: topic.name, exact: true })).toHaveCount(0);
  await expect(rows.locator("a[href*='/topics/']")).not.toHaveCount(0);
});

test("related cards name the most relevant topic of their paper that the page does not", async ({ page, site }) => {
  const corpus = readCorpus(site);
  const names = new Map(corpus.topics.map((topic) => [topic.slug, topic.name]));
  const paper = corpus.papers.find((candidate) => candidate.topics.length > 0) ?? corpus.papers[0];
  if (!paper) throw new Error("papers.json lists no papers");
  await page.goto(`papers/${paper.slug}/`);
  const cards = page.getByRole("region", { name: "Related papers" }).getByRole("listitem");
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  const bySlug = new Map(corpus.papers.map((candidate) => [candidate.slug, candidate]));
  for (let index = 0; index < count; index++) {
    const card = cards.nth(index);
    const href = (await card.getByRole("link").first().getAttribute("href")) ?? "";
    const related = bySlug.get(/papers\/([^/]+)\/$/.exec(href)?.[1] ?? "");
    const others = (related?.topics ?? []).filter((slug) => !paper.topics.includes(slug));
    const expected = others.slice(0, 1).map((slug) => names.get(slug));
    await expect(card.locator("a[href*='/topics/']")).toHaveText(expected.map((name) => name ?? ""));
  }
});

test("with JavaScript the paper page gains its look-up links and the header its search shortcuts", async ({
  page,
  site,
}) => {
  const [paper] = readCorpus(site).papers;
  if (!paper) throw new Error("papers.json lists no papers");
  await page.goto(`papers/${paper.slug}/`);
  const lookup = page.getByRole("complementary", { name: "About this paper" }).getByRole("region", {
    name: "Look it up by title",
  });
  await expect(lookup.getByRole("link")).toHaveText(["arXiv", "Hugging Face", "Semantic Scholar", "Google Scholar"]);
  await expect(lookup.getByRole("link", { name: "arXiv" })).toHaveAttribute(
    "href",
    `https://arxiv.org/search/?query=${encodeURIComponent(paper.title)}&searchtype=title`,
  );
  await expect(page.getByRole("search", { name: "Site" }).getByRole("searchbox")).toHaveAttribute(
    "aria-keyshortcuts",
    "/ Control+K Meta+K",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a paper page reads in full and shows no control that could do nothing", async ({ page, site }) => {
    const [paper] = readCorpus(site).papers;
    if (!paper) throw new Error("papers.json lists no papers");
    await page.goto(`papers/${paper.slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(paper.title);
    await expect(page.getByRole("region", { name: "Cite" }).getByLabel("BibTeX entry")).toContainText("@misc{");
    await expect(page.getByRole("button", { name: "Copy BibTeX" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save to reading list" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Look it up by title" })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveCount(0);
    await expect(page.getByRole("search", { name: "Site" }).getByRole("searchbox")).not.toHaveAttribute(
      "aria-keyshortcuts",
    );
  });
});
