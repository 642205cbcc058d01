/**
 * Long listings page on: topic, digest and timeline pages. Page counts and contents are derived here from the
 * corpus itself (its topics, digests and publication dates), never from fixed numbers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paginateListing, paginateNewestFirst, type ListingPage } from "../../src/site/view-models/pagination";
import { digestPagePaths } from "../../src/site/view-models/digest-page";
import { timelineIndexView, timelinePagePaths } from "../../src/site/view-models/timeline";
import { topicPagePaths } from "../../src/site/view-models/topic-page";
import type { Digest } from "../../src/schema/paper";
import { PAGE_SIZE, corpusInput, corpusOf, type CorpusInput, type Entry, type TestCorpus } from "./support/site-corpus";

/** Follows `nextUrl` from the listing's own page and returns the pages in that order. */
function walk<T>(pages: readonly ListingPage<T>[], firstUrl: string): ListingPage<T>[] {
  const byUrl = new Map(pages.map((page) => [page.page === undefined ? firstUrl : `${firstUrl}${page.page}/`, page]));
  const seen: ListingPage<T>[] = [];
  for (let url: string | undefined = firstUrl; url !== undefined; url = byUrl.get(url)?.pagination.nextUrl) {
    const page = byUrl.get(url);
    if (!page) throw new Error(`no page at ${url}`);
    seen.push(page);
  }
  return seen;
}

/** The pager of every page links only to pages that exist, marks the page itself, and links back the way it came. */
function expectConsistentPagers<T>(pages: readonly ListingPage<T>[], firstUrl: string): void {
  const urls = new Set(pages.map((page) => (page.page === undefined ? firstUrl : `${firstUrl}${page.page}/`)));
  const walked = walk(pages, firstUrl);
  expect(walked).toHaveLength(pages.length);
  walked.forEach((page, index) => {
    const { pagination } = page;
    const url = page.page === undefined ? firstUrl : `${firstUrl}${page.page}/`;
    if (index === 0) expect(pagination.prevUrl).toBeUndefined();
    else expect(pagination.prevUrl).toBe(index === 1 ? firstUrl : `${firstUrl}${walked[index - 1]?.page}/`);
    if (pages.length === 1) expect(pagination.pages).toEqual([]);
    else {
      for (const entry of pagination.pages) expect(urls.has(entry.url)).toBe(true);
      expect(pagination.pages.filter((entry) => entry.current).map((entry) => entry.url)).toEqual([url]);
    }
  });
}

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
          expect(page.pagination.number).toBe(number === 1 ? undefined : number);
          expect(page.pagination.total).toBe(items.length);
          expect(page.pagination.prevUrl).toBe(
            number === 1 ? undefined : number === 2 ? "/list/" : `/list/${number - 1}/`,
          );
          expect(page.pagination.nextUrl).toBe(number === pages.length ? undefined : `/list/${number + 1}/`);
          if (page.items.length > 0) expect(items[page.pagination.first - 1]).toBe(page.items[0]);
          expect(page.pagination.last - page.pagination.first + 1).toBe(page.items.length || 1);
        });
        expectConsistentPagers(pages, "/list/");
      }),
    );
  });

  it("keeps the listing's own URL as page 1 and rejects a page size that is not a positive integer", () => {
    expect(paginateListing([], "/list/", 5)).toEqual([
      { page: undefined, items: [], pagination: { first: 0, last: 0, total: 0, pages: [] } },
    ]);
    expect(() => paginateListing([1], "/list/", 0)).toThrow(/positive integer/);
  });

  it("shows the first, last and neighbouring page numbers with gaps between them", () => {
    const pages = paginateListing(
      Array.from({ length: 10 }, (_, index) => index),
      "/list/",
      1,
    );
    expect(pages[4]?.pagination.pages).toEqual([
      { number: 1, url: "/list/" },
      { number: 4, url: "/list/4/", gapBefore: true },
      { number: 5, url: "/list/5/", current: true },
      { number: 6, url: "/list/6/" },
      { number: 10, url: "/list/10/", gapBefore: true },
    ]);
  });
});

describe("paginateNewestFirst", () => {
  const listing = fc.array(fc.nat(), { maxLength: 60 });
  const size = fc.integer({ min: 1, max: 12 });

  it("holds every item once, in order: the newest on the listing's own page, the rest numbered from the oldest", () => {
    fc.assert(
      fc.property(listing, size, (items, pageSize) => {
        const pages = paginateNewestFirst(items, "/list/", pageSize);
        expect(pages).toHaveLength(Math.max(1, Math.ceil(items.length / pageSize)));
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        expect(walk(pages, "/list/").flatMap((page) => page.items)).toEqual(items);
        const [own, ...behind] = pages;
        expect(own?.page).toBeUndefined();
        expect(own?.items).toEqual(items.slice(0, pageSize));
        expect(own?.pagination.total).toBe(items.length);
        const oldestFirst = [...items].reverse();
        for (const page of behind) {
          const number = Number(page.page);
          const { pagination } = page;
          expect(pagination).toMatchObject({ number, fromOldest: true, first: (number - 1) * pageSize + 1 });
          expect(pagination.total).toBeUndefined();
          // Page n holds the n-th run of pageSize items counted from the oldest, shown newest first.
          expect([...page.items].reverse()).toEqual(oldestFirst.slice(pagination.first - 1, pagination.last));
          if (number < behind.length) expect(page.items).toHaveLength(pageSize);
        }
        expectConsistentPagers(pages, "/list/");
      }),
    );
  });

  it("changes only the listing's own page and its newest numbered pages when newer items arrive", () => {
    fc.assert(
      fc.property(listing, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), size, (items, newer, pageSize) => {
        const before = paginateNewestFirst(items, "/list/", pageSize);
        const after = new Map(
          paginateNewestFirst([...newer, ...items], "/list/", pageSize).map((page) => [page.page, page]),
        );
        const numbered = before.length - 1;
        for (const page of before.slice(1)) {
          const number = Number(page.page);
          // Every page but the newest numbered one keeps its papers; all but the two newest keep their whole view.
          if (number < numbered) expect(after.get(page.page)?.items).toEqual(page.items);
          if (number < numbered - 1) expect(after.get(page.page)).toEqual(page);
        }
      }),
    );
  });

  it("links the listing's own page to the newest numbered page and every page back to the newest", () => {
    const pages = paginateNewestFirst(
      Array.from({ length: 10 }, (_, index) => 10 - index),
      "/list/",
      2,
    );
    // 10 items, 2 a page: the own page holds 10 and 9, page 4 holds 8 and 7, …, page 1 holds 2 and 1.
    expect(pages.map((page) => [page.page, page.items])).toEqual([
      [undefined, [10, 9]],
      ["4", [8, 7]],
      ["3", [6, 5]],
      ["2", [4, 3]],
      ["1", [2, 1]],
    ]);
    expect(pages[0]?.pagination).toEqual({
      first: 1,
      last: 2,
      total: 10,
      nextUrl: "/list/4/",
      pages: [
        { url: "/list/", current: true },
        { number: 4, url: "/list/4/" },
        { number: 1, url: "/list/1/", gapBefore: true },
      ],
    });
    expect(pages[3]?.pagination).toEqual({
      number: 2,
      first: 3,
      last: 4,
      fromOldest: true,
      prevUrl: "/list/3/",
      nextUrl: "/list/1/",
      pages: [
        { url: "/list/" },
        { number: 3, url: "/list/3/", gapBefore: true },
        { number: 2, url: "/list/2/", current: true },
        { number: 1, url: "/list/1/" },
      ],
    });
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

describe("when a newer paper arrives", () => {
  /** The corpus plus a paper published after every other, in a digest of its own, on most topics. */
  const withNewestPaper = (input: CorpusInput): CorpusInput => {
    const digest: Digest = {
      id: "009_new",
      file: "009_new.txt",
      layout: "A",
      date: "2026-01-02",
      dateInferred: false,
      entries: [{ position: 1, line: 7, slug: "paper-new" }],
    };
    const entry: Entry = {
      data: {
        id: "ffffffffffffffff",
        slug: "paper-new",
        title: "graph molecule speech diffusion",
        abstract: "A graph of speech.",
        published: "2026-01-01",
        links: [],
        inferred: [],
        appearances: [{ digest: digest.id, position: 1, line: 7 }],
      },
    };
    return { entries: [...input.entries, entry], digests: [...input.digests, digest] };
  };

  it("re-renders only a topic's own page and its newest numbered pages", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        const keysOf = (corpus: TestCorpus) =>
          new Map(topicPagePaths(corpus, PAGE_SIZE).map((path) => [`${path.params.slug}/${path.params.page}`, path]));
        const before = keysOf(corpusOf(input));
        const after = keysOf(corpusOf(withNewestPaper(input)));
        for (const [route, path] of before) {
          const { number } = path.props.view.pagination;
          if (number === undefined) continue;
          const numbered = [...before.values()].filter((other) => other.params.slug === path.params.slug).length - 1;
          if (number < numbered - 1) expect(after.get(route)?.cacheKey, route).toBe(path.cacheKey);
        }
      }),
      { numRuns: 100 },
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
