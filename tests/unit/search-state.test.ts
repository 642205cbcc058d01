/** The search page's URL contract and the service worker's storage lists, as pure functions. */
import { describe, expect, it } from "vitest";
import { selectPrecache, urlOfFile } from "../../scripts/astro/precache";
import { toPagefindQuery } from "../../src/browser/search/to-pagefind";
import { parseSearchState, serializeSearchState } from "../../src/browser/search/url-state";

describe("search URL state", () => {
  it("round-trips query, repeated filters and a non-default sort", () => {
    const url = "q=mixture+of+experts&topic=Quantization&topic=Mixture+of+experts&year=2024&sort=upvotes";
    const state = parseSearchState(new URLSearchParams(url));
    expect(state.filters.topic).toEqual(["Quantization", "Mixture of experts"]);
    expect(serializeSearchState(state).toString()).toBe(url);
  });

  it("defaults to relevance with a query and to newest first when browsing", () => {
    expect(parseSearchState(new URLSearchParams("q=moe")).sort).toBe("relevance");
    expect(parseSearchState(new URLSearchParams("topic=Other")).sort).toBe("date");
    expect(parseSearchState(new URLSearchParams("sort=bogus")).sort).toBe("date");
    expect(serializeSearchState(parseSearchState(new URLSearchParams("q=moe&sort=relevance"))).toString()).toBe(
      "q=moe",
    );
  });

  it("browses with a null term, sorted by date, filters as any-of", () => {
    const query = toPagefindQuery(parseSearchState(new URLSearchParams("topic=A&topic=B&sort=relevance")));
    expect(query).toEqual({ term: null, options: { filters: { topic: { any: ["A", "B"] } }, sort: { date: "desc" } } });
  });
});

describe("offline storage lists", () => {
  const files = [
    "index.html",
    "404.html",
    "search/index.html",
    "papers/a/index.html",
    "_astro/app.js",
    "feed.xml",
    "papers.json",
    "pagefind/0123456789ab/pagefind.js",
    "pagefind/0123456789ab/pagefind-ui.js",
    "pagefind/0123456789ab/wasm.en.pagefind",
    "pagefind/0123456789ab/wasm.unknown.pagefind",
    "pagefind/0123456789ab/pagefind-entry.json",
    "pagefind/0123456789ab/pagefind.en_1.pf_meta",
    "pagefind/0123456789ab/index/en_2.pf_index",
    "pagefind/0123456789ab/fragment/en_3.pf_fragment",
    "pagefind/fedcba987654/pagefind-entry.json",
    "pagefind/fedcba987654/index/en_4.pf_index",
  ];

  it("keeps papers for Save for offline, stores every search shard, and leaves feeds, data and Pagefind's UI out", () => {
    expect(selectPrecache(files, "tag")).toEqual({
      core: [
        "./",
        "404.html",
        "_astro/app.js",
        "pagefind/0123456789ab/fragment/en_3.pf_fragment",
        "pagefind/0123456789ab/index/en_2.pf_index",
        "pagefind/0123456789ab/pagefind-entry.json?ts=tag",
        "pagefind/0123456789ab/pagefind.en_1.pf_meta",
        "pagefind/0123456789ab/pagefind.js",
        "pagefind/0123456789ab/wasm.en.pagefind",
        "pagefind/fedcba987654/index/en_4.pf_index",
        "pagefind/fedcba987654/pagefind-entry.json?ts=tag",
        "search/",
      ],
      papers: ["papers/a/"],
    });
  });

  it("maps index files to the directory URL readers request", () => {
    expect(urlOfFile("papers/x/index.html")).toBe("papers/x/");
    expect(urlOfFile("404.html")).toBe("404.html");
  });
});
