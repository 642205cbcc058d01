/** Merging sorted search shards in the browser, and the sort values that make the merge and Pagefind agree. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feedOf, mergeSorted, sumFilterCounts } from "../../src/browser/search/merge-shards";
import type { PagefindResult, PagefindResultData } from "../../src/browser/search/pagefind-api";
import { sortValue } from "../../src/lib/search/search-record";

const resultOf = (url: string, upvotes: number, loads: string[]): PagefindResult => ({
  id: url,
  score: 1,
  data: () => {
    loads.push(url);
    const data: PagefindResultData = { url, excerpt: "", meta: { upvotes: String(upvotes) }, filters: {} };
    return Promise.resolve(data);
  },
});

const readAll = async (feed: ReturnType<typeof feedOf>, pageSize: number): Promise<PagefindResultData[]> => {
  const all: PagefindResultData[] = [];
  while (!feed.done) all.push(...(await feed.next(pageSize)));
  return all;
};

describe("merging sorted shards", () => {
  it("gives every result once, in sort order, whatever the shards and page size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(50), { maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 25 }),
        async (shards, pageSize) => {
          const loads: string[] = [];
          const sorted = shards.map((votes, shard) =>
            [...votes].sort((a, b) => b - a).map((upvotes, i) => resultOf(`/${shard}/${i}/`, upvotes, loads)),
          );
          const feed = mergeSorted(sorted, "upvotes", "desc");
          const merged = await readAll(feed, pageSize);
          const values = merged.map((data) => Number(data.meta["upvotes"]));
          expect(values).toEqual(shards.flat().sort((a, b) => b - a));
          expect(new Set(merged.map((data) => data.url)).size).toBe(merged.length);
          expect(feed.total).toBe(merged.length);
        },
      ),
    );
  });

  it("loads about a page of fragments per page, not every result", async () => {
    const loads: string[] = [];
    const shards = [0, 1, 2, 3].map((shard) =>
      Array.from({ length: 100 }, (_, i) => resultOf(`/${shard}/${i}/`, 1000 - i * 4 - shard, loads)),
    );
    const page = await mergeSorted(shards, "upvotes", "desc").next(20);
    expect(page).toHaveLength(20);
    expect(loads.length).toBeLessThanOrEqual(20 + 4 * 7);
  });

  it("keeps a relevance feed in the order given", async () => {
    const loads: string[] = [];
    const feed = feedOf([resultOf("/b/", 1, loads), resultOf("/a/", 9, loads)]);
    expect((await readAll(feed, 1)).map((data) => data.url)).toEqual(["/b/", "/a/"]);
  });

  it("adds up filter counts of the shards", () => {
    expect(sumFilterCounts([{ year: { "2024": 2 } }, { year: { "2024": 1, "2025": 3 }, topic: { A: 1 } }])).toEqual({
      year: { "2024": 3, "2025": 3 },
      topic: { A: 1 },
    });
  });
});

describe("sort values", () => {
  it("tell neighbouring days apart as 32-bit floats, as Pagefind compares them", () => {
    const days = ["1999-12-31", "2025-06-23", "2025-06-24", "2025-06-25", "2099-12-31"].map((date) =>
      sortValue({ date }, "date"),
    );
    for (const day of days) expect(Math.fround(day)).toBe(day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(new Set(days).size).toBe(days.length);
  });

  it("put undated papers and papers without upvotes at 0", () => {
    expect(sortValue({}, "date")).toBe(0);
    expect(sortValue({}, "upvotes")).toBe(0);
    expect(sortValue({ upvotes: "17" }, "upvotes")).toBe(17);
  });
});
