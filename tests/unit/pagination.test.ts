/**
 * Long listings page on: topic, digest and timeline pages. Page counts and contents are derived here from the
 * corpus itself (its topics, digests and publication dates), never from fixed numbers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paginateListing } from "../../src/site/view-models/pagination";
import { digestPagePaths } from "../../src/site/view-models/digest-page";
import { timelineIndexView, timelinePagePaths } from "../../src/site/view-models/timeline";
import { topicPagePaths } from "../../src/site/view-models/topic-page";
import { PAGE_SIZE, corpusInput, corpusOf } from "./support/site-corpus";

describe("paginateListing", () => {
  it("cuts a listing into pages that hold every item once, in order, linked to their neighbours", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (items, size) => {
        const pages = paginateListing(items, "/list/", size);
        expect(pages).toHaveLength(Math.max(1, Math.ceil(items.length / size)));
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        pages.forEach((page, index) => {
          const number = index + 1;
          expect(page.page).toBe(number === 1 ? undefined : String(number));
          expect(page.pagination).toMatchObject({ currentPage: number, lastPage: pages.length, total: items.length });
          expect(page.pagination.prevUrl).toBe(
            number === 1 ? undefined : number === 2 ? "/list/" : `/list/${number - 1}/`,
          );
          expect(page.pagination.nextUrl).toBe(number === pages.length ? undefined : `/list/${number + 1}/`);
          if (page.items.length > 0) expect(items[page.pagination.start]).toBe(page.items[0]);
        });
      }),
    );
  });

  it("keeps the listing's own URL as page 1 and rejects a page size that is not a positive integer", () => {
    expect(paginateListing([], "/list/", 5)).toEqual([
      {
        page: undefined,
        items: [],
        pagination: { currentPage: 1, lastPage: 1, start: 0, end: 0, total: 0, firstUrl: "/list/" },
      },
    ]);
    expect(() => paginateListing([1], "/list/", 0)).toThrow(/positive integer/);
  });
});

describe("topic and digest pages", () => {
  it("give each topic and digest as many pages as its listing needs, the first at the existing URL", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        const corpus = corpusOf(input);
        const topicPages = topicPagePaths(corpus, PAGE_SIZE);
        for (const topic of corpus.topics) {
          const pages = topicPages.filter((path) => path.params.slug === topic.slug);
          expect(pages).toHaveLength(Math.max(1, Math.ceil(topic.papers.length / PAGE_SIZE)));
          expect(pages[0]?.params.page).toBeUndefined();
          expect(pages.flatMap((path) => path.props.view.cards.map((card) => card.slug))).toEqual(
            topic.papers.map((paper) => paper.data.slug),
          );
        }
        const digestPages = digestPagePaths(corpus, PAGE_SIZE);
        for (const digest of corpus.digests) {
          const pages = digestPages.filter((path) => path.params.id === digest.id);
          expect(pages).toHaveLength(Math.max(1, Math.ceil(digest.entries.length / PAGE_SIZE)));
          expect(pages.flatMap((path) => path.props.view.entries.map((entry) => entry.position))).toEqual(
            digest.entries.map((entry) => entry.position),
          );
          expect(pages.at(-1)?.props.view.pagination.nextUrl).toBeUndefined();
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("timeline", () => {
  const yearOf = (published: string | undefined): string => (published ? published.slice(0, 4) : "undated");

  it("lists every paper on exactly one page below the year index, a large year by month", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        const corpus = corpusOf(input);
        const paths = timelinePagePaths(corpus, { pageSize: PAGE_SIZE });
        const listed = paths.flatMap((path) =>
          path.props.view.groups.flatMap((group) =>
            group.papers.map((paper) => ({ paper, period: path.params.period })),
          ),
        );
        expect(listed.map(({ paper }) => paper.slug)).toEqual(corpus.papers.map((paper) => paper.data.slug));
        const perYear = new Map<string, number>();
        for (const paper of corpus.papers) {
          const year = yearOf(paper.data.published);
          perYear.set(year, (perYear.get(year) ?? 0) + 1);
        }
        for (const { paper, period } of listed) {
          const year = yearOf(paper.published);
          const split = year !== "undated" && (perYear.get(year) ?? 0) > PAGE_SIZE;
          // A large year's papers sit on its month pages (`2024/01`, `2024/01/2`), any other on its year's pages.
          expect(period.startsWith(split ? `${year}/${paper.published?.slice(5, 7)}` : year)).toBe(true);
          if (!split) expect(period === year || /^\w+\/\d+$/.test(period)).toBe(true);
        }
        const index = timelineIndexView(corpus, { pageSize: PAGE_SIZE });
        expect(
          index.years.map((year) => [year.year === undefined ? "undated" : String(year.year), year.count]),
        ).toEqual([...perYear]);
        // Every year of the index has its page, and the year pages link to the years beside them.
        const yearPages = paths.filter((path) =>
          index.years.some((year) => year.url.endsWith(`/${path.params.period}/`)),
        );
        expect(yearPages.map((path) => path.params.period)).toEqual([...perYear.keys()]);
        yearPages.forEach((path, position) => {
          expect(path.props.view.newer?.url).toBe(index.years[position - 1]?.url);
          expect(path.props.view.older?.url).toBe(index.years[position + 1]?.url);
        });
      }),
      { numRuns: 100 },
    );
  });
});
