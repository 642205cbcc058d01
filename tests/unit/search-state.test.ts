/** The search page's URL contract and the service worker's storage lists, as pure functions. */
import { describe, expect, it } from "vitest";
import { offlineRoleOf, urlOfFile, type OfflineRole } from "../../scripts/astro/offline-files";
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

describe("what the service worker stores when", () => {
  const roles: [string, OfflineRole | undefined][] = [
    ["index.html", "shell"],
    ["search/index.html", "shell"],
    ["library/index.html", "shell"],
    ["favicon.svg", "shell"],
    ["_astro/app.C5pErXQQ.js", "shell"],
    ["pagefind/pagefind.js", "shell"],
    ["pagefind/pagefind-worker.js", "shell"],
    ["pagefind/wasm.en.pagefind", "search"],
    ["pagefind/pagefind-entry.json", "shell"],
    ["pagefind/pagefind.en_1.pf_meta", "search"],
    ["pagefind/index/en_2.pf_index", "search"],
    ["pagefind/fragment/en_3.pf_fragment", "search"],
    ["pagefind/filter/en_4.pf_filter", "search"],
    // A sub-index in a sub-folder is recognised by the same names.
    ["pagefind/2024/pagefind-entry.json", "shell"],
    ["pagefind/2024/pagefind.en_5.pf_meta", "search"],
    ["pagefind/2024/fragment/en_6.pf_fragment", "search"],
    ["papers/a/index.html", "papers"],
    ["topics/a/index.html", undefined],
    ["404.html", undefined],
    ["feed.xml", undefined],
    ["papers.json", undefined],
    ["papers/a/cite.bib", undefined],
    ["pagefind/pagefind-ui.js", undefined],
    ["pagefind/pagefind-highlight.js", undefined],
  ];

  it.each(roles)("%s: %s", (file, role) => {
    expect(offlineRoleOf(file)).toBe(role);
  });

  it("maps index files to the directory URL readers request", () => {
    expect(urlOfFile("papers/x/index.html")).toBe("papers/x/");
    expect(urlOfFile("index.html")).toBe("./");
    expect(urlOfFile("404.html")).toBe("404.html");
  });
});
