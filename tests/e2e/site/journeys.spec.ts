/** What a reader does: from home into a topic, a paper, a related paper, and the digest it came from. */
import type { Page } from "@playwright/test";
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
  const relatedLink = related.getByRole("listitem").first().getByRole("link").first();
  const relatedTitle = (await relatedLink.textContent())?.trim() ?? "";
  await relatedLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(relatedTitle);

  const appearsIn = page.getByRole("region", { name: "Appears in" });
  const digestLink = appearsIn.getByRole("link").first();
  const digestName = (await digestLink.textContent())?.trim() ?? "";
  await digestLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(digestName);
  // A long digest is paged: follow "Next" until the page that lists the paper.
  const listed = page.getByRole("link", { name: relatedTitle, exact: false }).first();
  while ((await listed.count()) === 0) {
    await page
      .getByRole("navigation", { name: `${digestName} pages` })
      .getByRole("link", { name: /Next/ })
      .click();
  }
  await expect(listed).toBeVisible();
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

test("the timeline's first page indexes the years; each year page lists that year's papers", async ({ page, site }) => {
  const perYear = new Map<string, number>();
  for (const paper of readCorpus(site).papers) {
    const year = paper.published?.slice(0, 4) ?? "Undated";
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  await page.goto("timeline/");
  const years = page.getByRole("main").getByRole("heading", { level: 2 });
  expect((await years.allTextContents()).map((text) => text.trim())).toEqual([...perYear.keys()]);

  const [year, count] = [...perYear].find(([label]) => label !== "Undated") ?? ["", 0];
  await years.getByRole("link", { name: year, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`timeline/${year}/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(year);
  const months = page.getByRole("list", { name: `Months of ${year}` });
  const titles = page.getByRole("main").locator("ol li a[href*='/papers/']");
  if ((await months.count()) === 0) await expect(titles).toHaveCount(count);
  else await expect(months.getByRole("link")).not.toHaveCount(0);
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Timeline" }),
  ).toBeVisible();
});

/**
 * Walks a newest-first listing from its own page through "Older" to its oldest page: the own page reads "Newest",
 * the pages behind it count down to page 1 (numbered from the oldest). Returns what `collect` read on each page.
 */
async function walkNewestFirst(
  page: Page,
  pagerName: string,
  ownPath: string,
  collect: () => Promise<string[]>,
): Promise<string[]> {
  const seen: string[] = [];
  let expected: number | undefined;
  for (;;) {
    seen.push(...(await collect()));
    const pages = page.getByRole("navigation", { name: pagerName });
    if ((await pages.count()) === 0) break;
    await expect(pages.locator('[aria-current="page"]')).toHaveText(
      expected === undefined ? "Newest" : `Page ${expected}`,
    );
    const older = pages.getByRole("link", { name: /Older/ });
    if ((await older.count()) === 0) {
      expect(expected, "the oldest page is page 1").toBe(1);
      const newer = pages.getByRole("link", { name: /Newer/ });
      await expect(newer).toHaveAttribute("href", new RegExp(`${ownPath}(2/)?$`));
      break;
    }
    await older.click();
    const number = Number(new RegExp(`${ownPath}(\\d+)/$`).exec(page.url())?.[1]);
    if (expected !== undefined) expect(number).toBe(expected - 1);
    expected = number;
  }
  return seen;
}

test("a long timeline period is paged, each page linking to the next and back", async ({ page, site }) => {
  const undated = readCorpus(site).papers.filter((paper) => paper.published === undefined).length;
  test.skip(undated === 0, "the corpus has no undated papers");
  await page.goto("timeline/undated/");
  const seen = await walkNewestFirst(page, "Undated papers pages", "timeline/undated/", () =>
    page.getByRole("main").locator("ol li a").allTextContents(),
  );
  expect(seen).toHaveLength(undated);
});

test("a long digest is split into pages that keep its listing order", async ({ page, site }) => {
  const { digests, papers } = await readPapersJson(site.outDir);
  const longest = digests.reduce((best, digest) => (digest.papers.length > best.papers.length ? digest : best));
  const titleOf = new Map(papers.map((paper) => [paper.slug, paper.title]));
  await page.goto(`digests/${longest.id}/`);
  const name = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  const seen: string[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    seen.push(...(await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents()));
    const pages = page.getByRole("navigation", { name: `${name} pages` });
    if ((await pages.count()) === 0) break;
    await expect(pages.locator('[aria-current="page"]')).toHaveText(`Page ${pageNumber}`);
    const next = pages.getByRole("link", { name: /Next/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`digests/${longest.id}/${pageNumber + 1}/$`));
  }
  // Each row's heading reads "<position>. <title>".
  expect(seen.map((text) => text.trim().replace(/^\d+\. /, ""))).toEqual(
    longest.papers.map((slug) => titleOf.get(slug)),
  );
});

test("a large topic is split into pages that hold each of its papers once", async ({ page, site }) => {
  const largest = readCorpus(site).topics.reduce((best, topic) => (topic.count > best.count ? topic : best));
  await page.goto(`topics/${largest.slug}/`);
  await expect(
    page.getByRole("navigation", { name: `${largest.name} pages` }),
    "a topic longer than one page",
  ).toBeVisible();
  const seen = await walkNewestFirst(page, `${largest.name} pages`, `topics/${largest.slug}/`, async () => {
    const links = page.getByRole("region", { name: /Papers, newest first/ }).getByRole("heading", { level: 3 });
    return (await links.allTextContents()).map((title) => title.trim());
  });
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
