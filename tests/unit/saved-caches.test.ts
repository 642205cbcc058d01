/** How an optional download spreads its files over caches: evenly, and each file always in the same one. */
import { describe, expect, it } from "vitest";
import { cacheIndexOf } from "../../src/browser/offline/saved-caches";

const paperUrls = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `https://example.org/lectern/papers/2512.${String(i).padStart(5, "0")}/`);

describe("saved caches", () => {
  it("keep 50,000 papers far below the entries one cache can list", () => {
    const sizes = new Map<number, number>();
    for (const url of paperUrls(50_000)) sizes.set(cacheIndexOf(url), (sizes.get(cacheIndexOf(url)) ?? 0) + 1);
    // Chromium refuses to list a cache of about 20,000 entries; an even spread is about 1,600 a cache.
    expect(sizes.size).toBe(32);
    expect(Math.max(...sizes.values())).toBeLessThan(2_000);
  });

  it("stay the same from release to release", () => {
    // Pinned: a different choice in a later release would strand every file a reader has stored.
    expect(paperUrls(4).map(cacheIndexOf)).toEqual([24, 1, 6, 15]);
  });
});
