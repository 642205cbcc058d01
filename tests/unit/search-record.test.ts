import { describe, expect, it } from "vitest";
import { distinctDigestLabels } from "../../src/lib/digest-label";
import { searchRecord } from "../../src/lib/search/search-record";
import type { Paper } from "../../src/schema/paper";

const paper: Paper = {
  id: "0123456789abcdef",
  slug: "sparse-mixtures",
  title: "Sparse Mixtures",
  abstract: "We route tokens to experts.",
  published: "2025-03-04",
  upvotes: 12,
  authorsCount: 7,
  organization: { handle: "example", name: "Example Lab" },
  links: [{ url: "https://github.com/example/repo", kind: "code" }],
  inferred: [],
  appearances: [
    { digest: "001_a", position: 3, line: 10 },
    { digest: "001_a", position: 9, line: 40 },
    { digest: "002_b", position: 1, line: 2 },
  ],
};

describe("searchRecord", () => {
  it("indexes the page's URL with title, abstract and the facets the search page reads", () => {
    const labels = new Map([
      ["001_a", "Digest of 4 Mar 2025"],
      ["002_b", "Undated digest 002"],
    ]);
    expect(searchRecord(paper, ["Mixture of experts", "Efficient attention"], labels)).toEqual({
      url: "/papers/sparse-mixtures/",
      content: "We route tokens to experts.",
      language: "en",
      meta: { title: "Sparse Mixtures", upvotes: "12", date: "2025-03-04", authors: "7", organisation: "Example Lab" },
      filters: {
        year: ["2025"],
        organisation: ["Example Lab"],
        topic: ["Mixture of experts", "Efficient attention"],
        "has-code": ["yes"],
        digest: ["Digest of 4 Mar 2025", "Undated digest 002"],
        "has-notes": ["no"],
      },
      // The day number of 2025-03-04: exact as a 32-bit float, as Pagefind compares sort values.
      sort: { date: "20151", upvotes: "12" },
    });
  });

  it("adds the owner's note: its words after the abstract, its status and tags as filters, and a marker", () => {
    const record = searchRecord(paper, [], new Map(), {
      text: "My own words on routing.",
      tags: ["moe", "routing"],
      status: "reading",
    });
    expect(record.content).toBe("We route tokens to experts.\n\nMy own words on routing.");
    expect(record.filters).toMatchObject({ "has-notes": ["yes"], status: ["Reading"], tag: ["moe", "routing"] });
    expect(record.meta["notes"]).toBe("yes");
    const untagged = searchRecord(paper, [], new Map(), { text: "", tags: [] });
    expect(untagged.content).toBe(paper.abstract);
    expect(untagged.filters).not.toHaveProperty("status");
    expect(untagged.filters).not.toHaveProperty("tag");
    expect(searchRecord(paper, []).meta).not.toHaveProperty("notes");
  });

  it("gives undated papers a numeric date key of 0 and no year, and says when there is no code", () => {
    const undated: Paper = { ...paper, links: [], abstract: "" };
    delete undated.published;
    delete undated.upvotes;
    const record = searchRecord(undated, []);
    expect(record.sort).toEqual({ date: "0", upvotes: "0" });
    expect(record.filters["has-code"]).toEqual(["no"]);
    expect(record.filters).not.toHaveProperty("year");
    expect(record.filters).not.toHaveProperty("topic");
    expect(record.meta).toEqual({ title: "Sparse Mixtures", authors: "7", organisation: "Example Lab" });
    expect(record.content).toBe("");
  });

  it("marks an inferred year, as the paper pages do", () => {
    expect(searchRecord({ ...paper, inferred: ["published"] }, []).meta["inferred"]).toBe("year");
    expect(searchRecord(paper, []).meta).not.toHaveProperty("inferred");
  });

  it("keeps the title out of the content, so no excerpt starts with a copy of it", () => {
    const record = searchRecord(paper, []);
    expect(record.content).not.toContain(paper.title);
    expect(record.meta["title"]).toBe(paper.title);
  });

  it("keeps hostile text as text: records carry no markup of their own", () => {
    const hostile = '<script>alert("x")</script>';
    const record = searchRecord({ ...paper, title: hostile, abstract: `a ${hostile} & b` }, [hostile]);
    expect(record.meta["title"]).toBe(hostile);
    expect(record.content).toBe(`a ${hostile} & b`);
  });
});

describe("distinctDigestLabels", () => {
  it("names digests as the digest pages do, adding the file id to the later of two that would read the same", () => {
    const labels = distinctDigestLabels([
      { id: "000_c4385d85e2f49f91", date: "2024-02-08" },
      { id: "001_fe32cd4af316f013", date: "2024-12-15" },
      { id: "002_f16aad735668db60", date: "2024-12-15" },
      { id: "003_8ef286ce0b4caa70" },
    ]);
    expect([...labels]).toEqual([
      ["000_c4385d85e2f49f91", "Digest of 8 Feb 2024"],
      ["001_fe32cd4af316f013", "Digest of 15 Dec 2024"],
      ["002_f16aad735668db60", "Digest of 15 Dec 2024 (002_f16aad735668db60)"],
      ["003_8ef286ce0b4caa70", "Undated digest 003"],
    ]);
  });

  it("finds a paper by its authors' names and filters it by arXiv category, when a source gave them", () => {
    const sourced: Paper = {
      ...paper,
      links: [],
      authors: ["Ana María Gómez", "Li Wei"],
      categories: ["cs.LG", "stat.ML"],
      githubRepo: "https://github.com/example/repo",
    };
    const record = searchRecord(sourced, []);
    expect(record.meta["authorNames"]).toBe("Ana María Gómez, Li Wei");
    expect(record.filters["category"]).toEqual(["cs.LG", "stat.ML"]);
    expect(record.filters["has-code"]).toEqual(["yes"]);
    expect(searchRecord(paper, []).filters).not.toHaveProperty("category");
  });

  it("never renames a digest already there when a later one of the same day arrives", () => {
    const first = { id: "001_a", date: "2024-12-15" };
    const alone = distinctDigestLabels([first]);
    const joined = distinctDigestLabels([{ id: "002_b", date: "2024-12-15" }, first]);
    expect(joined.get("001_a")).toBe(alone.get("001_a"));
    expect(joined.get("002_b")).toBe("Digest of 15 Dec 2024 (002_b)");
  });
});
