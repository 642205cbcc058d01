/** What a reader does: from home into a topic, a paper, a related paper, and the digest it came from. */
import { readCorpus } from "../support/corpus";
import { readPapersJson } from "./built-site";
import { expect, test } from "../support/fixtures";

test("home → topic → paper → related paper → digest", async ({ page }) => {
  test.slow();
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const topics = page.getByRole("region", { name: "Topics" });
  const firstTopic = topics.getByRole("listitem").first().getByRole("link");
  const topicName = (await firstTopic.getByRole("heading").textContent())?.trim() ?? "";
  await firstTopic.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topicName);

  const papers = page.getByRole("region", { name: "Papers, newest first" });
  const firstPaper = papers.getByRole("heading", { level: 3 }).first().getByRole("link");
  const paperTitle = (await firstPaper.textContent())?.trim() ?? "";
  await firstPaper.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(paperTitle);
  await expect(page.getByRole("region", { name: "Abstract" })).toBeVisible();

  const related = page.getByRole("region", { name: "Related papers" });
  const relatedLink = related.getByRole("heading", { level: 3 }).first().getByRole("link");
  const relatedTitle = (await relatedLink.textContent())?.trim() ?? "";
  await relatedLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(relatedTitle);

  const appearsIn = page.getByRole("region", { name: "Appears in" });
  const digestLink = appearsIn.getByRole("link").first();
  const digestName = (await digestLink.textContent())?.trim() ?? "";
  await digestLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(digestName);
  await expect(page.getByRole("link", { name: relatedTitle, exact: false }).first()).toBeVisible();
});

test("a paper page links to its neighbours within the digest", async ({ page }) => {
  await page.goto("digests/");
  await page.getByRole("heading", { level: 2 }).first().click();
  const second = page.getByRole("heading", { level: 2 }).nth(1).getByRole("link");
  await second.click();
  const walk = page.getByRole("navigation", { name: /previous and next paper/ }).first();
  await expect(walk.getByRole("link", { name: /Previous in/ })).toBeVisible();
  await expect(walk.getByRole("link", { name: /Next in/ })).toBeVisible();
});

test("the timeline groups papers by year with counts", async ({ page }) => {
  await page.goto("timeline/");
  const years = page.getByRole("navigation", { name: "Years" }).getByRole("link");
  expect(await years.count()).toBeGreaterThan(0);
  await expect(years.first()).toHaveText(/\d{4} \(\d+\)|Undated \(\d+\)/);
});

test("a large topic is split into pages that hold each of its papers once", async ({ page, site }) => {
  const largest = readCorpus(site).topics.reduce((best, topic) => (topic.count > best.count ? topic : best));
  expect(largest.count, "the bundled corpus has a topic longer than one page").toBeGreaterThan(50);
  await page.goto(`topics/${largest.slug}/`);
  const seen: string[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const pages = page.getByRole("navigation", { name: `${largest.name} pages` });
    await expect(pages.locator('[aria-current="page"]')).toHaveText(`Page ${pageNumber}`);
    const links = page.getByRole("region", { name: /Papers, newest first/ }).getByRole("heading", { level: 3 });
    const titles = await links.allTextContents();
    expect(titles.length).toBeLessThanOrEqual(50);
    seen.push(...titles.map((title) => title.trim()));
    const older = pages.getByRole("link", { name: /Older/ });
    if ((await older.count()) === 0) break;
    await older.click();
    await expect(page).toHaveURL(new RegExp(`topics/${largest.slug}/${pageNumber + 1}/$`));
  }
  expect(seen).toHaveLength(largest.count);
  expect(new Set(seen).size).toBe(largest.count);
});

test("the topics index shows the taxonomy as a tree and leaves out empty topics", async ({ page, site }) => {
  const { topics } = await readPapersJson(site.outDir);
  await page.goto("topics/");
  const index = page.getByRole("main");
  for (const topic of topics) {
    const link = index.getByRole("link", { name: new RegExp(`^${escapeRegExp(topic.name)}\\b`) });
    await expect(link).toHaveCount(topic.count > 0 ? 1 : 0);
  }
  const child = topics.find((topic) => topic.parent !== undefined && topic.count > 0);
  const parent = topics.find((topic) => topic.slug === child?.parent);
  if (!child || !parent) throw new Error("the shipped taxonomy has a subtopic with papers");
  const parentItem = index.getByRole("listitem").filter({ has: page.getByRole("heading", { name: parent.name }) });
  await expect(parentItem.getByRole("link", { name: child.name, exact: true })).toBeVisible();
  expect(parent.count).toBeGreaterThanOrEqual(child.count);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
