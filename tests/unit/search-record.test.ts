import { describe, expect, it } from "vitest";
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
    expect(searchRecord(paper, ["Mixture of experts", "Efficient attention"])).toEqual({
      url: "/papers/sparse-mixtures/",
      content: "Sparse Mixtures.\nWe route tokens to experts.",
      language: "en",
      meta: { title: "Sparse Mixtures", upvotes: "12", date: "2025-03-04", authors: "7", organisation: "Example Lab" },
      filters: {
        year: ["2025"],
        organisation: ["Example Lab"],
        topic: ["Mixture of experts", "Efficient attention"],
        "has-code": ["yes"],
        digest: ["001_a", "002_b"],
      },
      // The day number of 2025-03-04: exact as a 32-bit float, as Pagefind compares sort values.
      sort: { date: "20151", upvotes: "12" },
    });
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
    expect(record.content).toBe("Sparse Mixtures");
  });

  it("keeps hostile text as text: records carry no markup of their own", () => {
    const hostile = '<script>alert("x")</script>';
    const record = searchRecord({ ...paper, title: hostile, abstract: `a ${hostile} & b` }, [hostile]);
    expect(record.meta["title"]).toBe(hostile);
    expect(record.content).toBe(`${hostile}.\na ${hostile} & b`);
  });
});
