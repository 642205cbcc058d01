/** The search page's pure parts: how filters order and trim their values, the result facts, the facet queries. */
import { describe, expect, it } from "vitest";
import { facetView, TOP_VALUES } from "../../src/browser/search/facet-view";
import { resultFacts } from "../../src/browser/search/result-facts";
import { ownFilterLeftOut } from "../../src/browser/search/to-pagefind";
import { parseSearchState } from "../../src/browser/search/url-state";
import { countOf, formatDay } from "../../src/lib/format";

const topics = Array.from({ length: 20 }, (_, index) => `Topic ${String(index).padStart(2, "0")}`);

describe("facetView", () => {
  it("orders values by their count within the current results, not by their corpus-wide order", () => {
    const view = facetView({
      values: ["Large language models", "Computer vision", "Quantization"],
      counts: { "Large language models": 3, "Computer vision": 1, Quantization: 17 },
      selected: [],
      expanded: false,
    });
    expect(view.shown.map((entry) => entry.value)).toEqual([
      "Quantization",
      "Large language models",
      "Computer vision",
    ]);
  });

  it("breaks ties alphabetically, or newest first for years", () => {
    const counts = { "2023": 2, "2025": 2, "2024": 5 };
    const years = facetView({
      values: Object.keys(counts),
      counts,
      selected: [],
      expanded: false,
      descendingTies: true,
    });
    expect(years.shown.map((entry) => entry.value)).toEqual(["2024", "2025", "2023"]);
  });

  it("leaves out values with no results, except ticked ones", () => {
    const view = facetView({
      values: ["Apple", "Meta", "Renamed topic"],
      counts: { Meta: 2 },
      selected: ["Renamed topic"],
      expanded: false,
    });
    expect(view.shown).toEqual([
      { value: "Meta", count: 2, checked: false },
      { value: "Renamed topic", count: 0, checked: true },
    ]);
    expect(view.available).toBe(2);
  });

  it("shows the top values until expanded, and always the ticked ones", () => {
    const counts = Object.fromEntries(topics.map((topic, index) => [topic, 100 - index]));
    const last = topics.at(-1) ?? "";
    const collapsed = facetView({ values: topics, counts, selected: [last], expanded: false });
    expect(collapsed.shown.map((entry) => entry.value)).toEqual([...topics.slice(0, TOP_VALUES), last]);
    expect(collapsed.collapsed).toBe(topics.length - TOP_VALUES - 1);
    const expanded = facetView({ values: topics, counts, selected: [last], expanded: true });
    expect(expanded.shown).toHaveLength(topics.length);
    expect(expanded.collapsed).toBe(0);
  });

  it("does not collapse a list that would hide only one or two values", () => {
    const few = topics.slice(0, TOP_VALUES + 2);
    const counts = Object.fromEntries(few.map((topic) => [topic, 1]));
    expect(facetView({ values: few, counts, selected: [], expanded: false }).collapsed).toBe(0);
  });
});

describe("resultFacts", () => {
  it("words facts as the paper cards do: one date format, plurals, no sign for unknown upvotes", () => {
    expect(resultFacts({ title: "T", date: "2024-02-08", authors: "1", upvotes: "1" })).toEqual([
      { text: formatDay("2024-02-08") },
      { text: "1 author" },
      { sign: "▲", text: "1 upvote" },
    ]);
    expect(formatDay("2024-02-08")).toBe("8 Feb 2024");
    expect(resultFacts({ title: "T", organisation: "Example Lab", authors: "7" })).toEqual([
      { text: "Example Lab" },
      { text: "7 authors" },
    ]);
    expect(resultFacts({ title: "T", upvotes: "0" })).toEqual([]);
    expect(resultFacts({ title: "T", date: "2025-12-09", inferred: "year" })[0]?.note?.text).toBe("(year inferred)");
  });
});

describe("countOf", () => {
  it("uses English plural rules whatever the count", () => {
    expect([0, 1, 2, 1.5, 1000].map((count) => countOf(count, "paper"))).toEqual([
      "0 papers",
      "1 paper",
      "2 papers",
      "1.5 papers",
      "1,000 papers",
    ]);
  });
});

describe("ownFilterLeftOut", () => {
  it("asks once per filter with a selection, with that filter dropped and the others kept", () => {
    const state = parseSearchState(new URLSearchParams("q=moe&topic=Quantization&year=2024"));
    const queries = ownFilterLeftOut(state);
    expect(queries.map(([name, query]) => [name, query.term, query.options.filters])).toEqual([
      ["topic", "moe", { year: { any: ["2024"] } }],
      ["year", "moe", { topic: { any: ["Quantization"] } }],
    ]);
  });
});
