/** The benchmark's synthetic corpus: deterministic, in the real layouts, with the duplicates it claims. */
import { describe, expect, it } from "vitest";
import { generateCorpusFrom, type CorpusGenerator } from "../../scripts/bench/corpus/index";
import { titleKey } from "../../scripts/bench/corpus/paper";
import { isMetaBlock, readDigest } from "../../scripts/bench/corpus/read-digest";

const BUNDLED = "content/digests";
const LAYOUT_A_HEADER =
  "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n";
const LAYOUT_B_HEADER =
  "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe";
const VALID_DATE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|[12]\d|3[01])(, 20\d\d)?( \d+)?$/;

const corpus: CorpusGenerator = generateCorpusFrom(BUNDLED, 1500);

describe("synthetic corpus", () => {
  it("is the same for the same paper count and seed", () => {
    const again = generateCorpusFrom(BUNDLED, 1500);
    expect(again.digests.map((digest) => digest.name)).toEqual(corpus.digests.map((digest) => digest.name));
    expect(again.digests.map((digest) => digest.text)).toEqual(corpus.digests.map((digest) => digest.text));
  });

  it("changes with the seed", () => {
    const other = generateCorpusFrom(BUNDLED, 1500, { seed: 7 });
    expect(other.digests[0]?.text).not.toEqual(corpus.digests[0]?.text);
  });

  it("lists exactly the requested number of distinct titles", () => {
    expect(corpus.papers).toHaveLength(1500);
    expect(new Set(corpus.papers.map((paper) => titleKey(paper.title))).size).toBe(1500);
  });

  it("writes every digest in layout A or B, reading back to the listed papers", () => {
    for (const digest of corpus.digests) {
      const read = readDigest(digest.text);
      expect(read.layout).toBe(digest.layout);
      expect(read.entries.map((entry) => entry.title)).toEqual(digest.papers.map((paper) => paper.title));
      expect(read.entries.map((entry) => entry.abstract)).toEqual(digest.papers.map((paper) => paper.abstract));
      expect(digest.text.endsWith("\n")).toBe(false);
      if (digest.layout === "A") {
        expect(digest.text.startsWith(LAYOUT_A_HEADER)).toBe(true);
        expect(read.date).toMatch(/^[A-Z][a-z]{2} \d{1,2}$/);
      } else {
        expect(digest.text.startsWith(LAYOUT_B_HEADER + (digest.papers[0]?.title ?? ""))).toBe(true);
        expect(digest.text).not.toMatch(/\n\n/);
      }
    }
  });

  it("gives layout-A metadata groups in the listing's exact shape", () => {
    const metas = corpus.digests.flatMap((digest) =>
      readDigest(digest.text).entries.flatMap((entry) => entry.meta ?? []),
    );
    expect(metas.length).toBeGreaterThan(100);
    for (const meta of metas) {
      expect(isMetaBlock(meta)).toBe(true);
      expect(meta.split("\n")[2]).toMatch(VALID_DATE);
    }
    expect(metas.some((meta) => meta.startsWith("  • "))).toBe(true);
    expect(metas.some((meta) => !meta.startsWith("  • "))).toBe(true);
    expect(metas.some((meta) => /^[A-Z][a-z]{2} \d{1,2}(?: \d+)?$/.test(meta.split("\n")[2] ?? ""))).toBe(true);
  });

  it("includes both layouts and entries without metadata", () => {
    const layouts = new Set(corpus.digests.map((digest) => digest.layout));
    expect(layouts).toEqual(new Set(["A", "B"]));
    const aEntries = corpus.digests.filter((digest) => digest.layout === "A").flatMap((digest) => digest.papers);
    expect(aEntries.some((paper) => paper.meta === undefined)).toBe(true);
  });

  it("re-lists papers across digests at about the configured rate, never twice in one digest", () => {
    // Counted from what the digests say, read back, not from the generator's own counters.
    const seen = new Set<string>();
    let listings = 0;
    let relisted = 0;
    for (const digest of corpus.digests) {
      const titles = readDigest(digest.text).entries.map((entry) => titleKey(entry.title));
      expect(new Set(titles).size, digest.name).toBe(titles.length);
      listings += titles.length;
      relisted += titles.filter((title) => seen.has(title)).length;
      for (const title of titles) seen.add(title);
    }
    expect(seen.size).toBe(1500);
    expect(relisted).toBe(corpus.digests.reduce((sum, digest) => sum + digest.duplicates, 0));
    expect(relisted / listings).toBeGreaterThan(0.05);
    expect(relisted / listings).toBeLessThan(0.11);
  });

  it("keeps digests between 50 and 150 entries, except the last one", () => {
    for (const digest of corpus.digests.slice(0, -1)) {
      expect(digest.entries).toBeGreaterThanOrEqual(50);
      expect(digest.entries).toBeLessThanOrEqual(150);
    }
  });

  it("adds a fresh digest of new papers for the incremental case", () => {
    const extended = generateCorpusFrom(BUNDLED, 300);
    const before = new Set(extended.papers.map((paper) => titleKey(paper.title)));
    const fresh = extended.addFreshDigest(50);
    expect(fresh.entries).toBe(50);
    expect(fresh.papers.every((paper) => !before.has(titleKey(paper.title)))).toBe(true);
  });
});
