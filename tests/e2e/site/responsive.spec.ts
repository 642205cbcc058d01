/** At 360 px (a small phone) no page scrolls sideways. */
import { expect, test } from "../support/fixtures";
import { readPapersJson } from "./built-site";

test.use({ viewport: { width: 360, height: 780 } });

test("no horizontal scroll at 360 px", async ({ page, site }) => {
  const { papers, topics, digests } = await readPapersJson(site.outDir);
  const longestTitle = [...papers].sort((a, b) => b.title.length - a.title.length)[0];
  const paths = [
    "./",
    "topics/",
    `topics/${topics[0]?.slug ?? ""}/`,
    `papers/${longestTitle?.slug ?? ""}/`,
    "digests/",
    `digests/${digests[0]?.id ?? ""}/`,
    "timeline/",
    "timeline/undated/",
    "no-such-page/",
  ];
  for (const path of paths) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});
