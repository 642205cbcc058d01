import { describe, expect, it } from "vitest";
import { searchDocument } from "../../src/lib/search/search-document";
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

/** `[attribute, name, value]` of every facet span, in document order. */
function facets(html: string): string[][] {
  return [...html.matchAll(/<span data-pagefind-(meta|filter|sort)="([^"]+)">([^<]*)<\/span>/g)].map((match) =>
    match.slice(1),
  );
}

describe("searchDocument", () => {
  it("indexes the page's URL path with title, abstract and the facets the search page reads", () => {
    const document = searchDocument({ data: paper, topicNames: ["Mixture of experts", "Efficient attention"] });
    expect(document.sourcePath).toBe("papers/sparse-mixtures/index.html");
    expect(document.html).toContain(
      '<h1 data-pagefind-weight="10">Sparse Mixtures</h1><p>We route tokens to experts.</p>',
    );
    expect(facets(document.html)).toEqual([
      ["meta", "title", "Sparse Mixtures"],
      ["meta", "upvotes", "12"],
      ["sort", "upvotes", "12"],
      ["meta", "date", "2025-03-04"],
      ["filter", "year", "2025"],
      ["sort", "date", "20250304"],
      ["meta", "authors", "7"],
      ["meta", "organisation", "Example Lab"],
      ["filter", "organisation", "Example Lab"],
      ["filter", "topic", "Mixture of experts"],
      ["filter", "topic", "Efficient attention"],
      ["filter", "has-code", "yes"],
      ["filter", "digest", "001_a"],
      ["filter", "digest", "002_b"],
    ]);
  });

  it("gives undated papers a numeric date key of 0 and no year, and says when there is no code", () => {
    const undated: Paper = { ...paper, links: [] };
    delete undated.published;
    delete undated.upvotes;
    const found = facets(searchDocument({ data: undated, topicNames: [] }).html);
    expect(found).toContainEqual(["sort", "date", "0"]);
    expect(found).toContainEqual(["sort", "upvotes", "0"]);
    expect(found).toContainEqual(["filter", "has-code", "no"]);
    expect(found.some(([, name]) => name === "year")).toBe(false);
  });

  it("escapes hostile titles, abstracts and organisation names", () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const { html } = searchDocument({
      data: { ...paper, title: hostile, abstract: `a ${hostile} & b`, organization: { handle: "h", name: hostile } },
      topicNames: [hostile],
    });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain(" &amp; b");
  });
});
