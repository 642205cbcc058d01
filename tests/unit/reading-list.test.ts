/**
 * The reading list's pure parts: saving, merging an import, sorting, and the CSV and BibTeX exports, read back
 * with a CSV reading written from RFC 4180 and with the BibTeX parser the site's own entries are checked with.
 */
import { parse } from "@retorquere/bibtex-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readingListBibtex } from "../../src/lib/reading-list/export-bibtex";
import { csvField, readingListCsv } from "../../src/lib/reading-list/export-csv";
import { mergeLists, sortSaved, withoutPaper, withPaper, withReadMark } from "../../src/lib/reading-list/saved-papers";
import { readingListSchema, savedPaperSchema, type SavedPaper } from "../../src/schema/reading-list";
import { parseCsv } from "./support/csv";

const paper = (slug: string, extra: Partial<SavedPaper> = {}): SavedPaper => ({
  slug,
  title: `Title of ${slug}`,
  url: `https://example.org/lectern/papers/${slug}/`,
  savedAt: "2026-01-01T10:00:00.000Z",
  read: false,
  ...extra,
});

describe("the reading list", () => {
  it("saves a paper once: saving again keeps its place, saving day and read mark", () => {
    const list = withReadMark([paper("a"), paper("b")], "a", true);
    const again = withPaper(list, paper("a", { savedAt: "2026-02-01T00:00:00.000Z", title: "New title" }));
    expect(again.map((saved) => saved.slug)).toEqual(["a", "b"]);
    expect(again[0]).toMatchObject({ title: "New title", savedAt: "2026-01-01T10:00:00.000Z", read: true });
    expect(withoutPaper(again, "a").map((saved) => saved.slug)).toEqual(["b"]);
  });

  it("merges an import: new papers appended, shared ones keep the earlier day and any read mark", () => {
    const local = [paper("a"), paper("b", { read: true }), paper("c")];
    const incoming = [
      paper("b", { savedAt: "2025-06-01T00:00:00.000Z", read: false, title: "Other title" }),
      paper("d"),
      paper("a", { read: true }),
      paper("d"),
    ];
    const { papers, added, updated } = mergeLists(local, incoming);
    expect(papers.map((saved) => saved.slug)).toEqual(["a", "b", "c", "d"]);
    expect(added).toBe(1);
    expect(updated).toBe(2);
    expect(papers[0]?.read).toBe(true);
    expect(papers[1]).toMatchObject({ title: "Title of b", savedAt: "2025-06-01T00:00:00.000Z", read: true });
  });

  it("merging never loses a paper and is idempotent", () => {
    const slug = fc.constantFrom("a", "b", "c", "d", "e");
    const saved = fc.record({ slug, read: fc.boolean(), day: fc.integer({ min: 1, max: 28 }) });
    const list = fc.array(saved, { maxLength: 6 }).map((items) => {
      const unique = new Map(items.map((item) => [item.slug, item]));
      return [...unique.values()].map((item) =>
        paper(item.slug, { read: item.read, savedAt: `2026-01-${String(item.day).padStart(2, "0")}T00:00:00.000Z` }),
      );
    });
    fc.assert(
      fc.property(list, list, (local, incoming) => {
        const { papers } = mergeLists(local, incoming);
        const slugs = papers.map((merged) => merged.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        expect(new Set(slugs)).toEqual(new Set([...local, ...incoming].map((item) => item.slug)));
        expect(mergeLists(papers, incoming)).toEqual({ papers, added: 0, updated: 0 });
      }),
    );
  });

  it("sorts by date saved either way and by the paper's date, undated last", () => {
    const list = [
      paper("old", { savedAt: "2026-01-01T00:00:00.000Z", published: "2025-12-01" }),
      paper("new", { savedAt: "2026-03-01T00:00:00.000Z" }),
      paper("mid", { savedAt: "2026-02-01T00:00:00.000Z", published: "2025-12-09" }),
    ];
    const slugs = (papers: SavedPaper[]) => papers.map((saved) => saved.slug);
    expect(slugs(sortSaved(list, "saved-newest"))).toEqual(["new", "mid", "old"]);
    expect(slugs(sortSaved(list, "saved-oldest"))).toEqual(["old", "mid", "new"]);
    expect(slugs(sortSaved(list, "published-newest"))).toEqual(["mid", "old", "new"]);
  });

  it("admits only web addresses, so an imported list cannot carry a script link", () => {
    expect(savedPaperSchema.safeParse(paper("a")).success).toBe(true);
    expect(savedPaperSchema.safeParse(paper("a", { url: "javascript:alert(1)" })).success).toBe(false);
    expect(savedPaperSchema.safeParse(paper("a", { url: "data:text/html,<p>" })).success).toBe(false);
    const file = { format: "lectern-reading-list", version: 1, papers: [paper("a")] };
    expect(readingListSchema.safeParse(file).success).toBe(true);
    expect(readingListSchema.safeParse({ ...file, format: "other" }).success).toBe(false);
  });
});

describe("the CSV export", () => {
  it("reads back field for field, whatever the titles hold", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.array(text, { maxLength: 3 })), { maxLength: 5 }), (rows) => {
        const papers = rows.map(([title, authors], index) =>
          paper(`p${index}`, { title: title || "x", authors, published: "2025-12-09" }),
        );
        const [header, ...records] = parseCsv(readingListCsv(papers));
        expect(header).toEqual(["title", "authors", "published", "url", "saved", "read"]);
        expect(records.map((record) => record[0])).toEqual(
          papers.map((saved) => (/^[=+\-@\t\r]/.test(saved.title) ? `'${saved.title}` : saved.title)),
        );
        expect(records.map((record) => record[3])).toEqual(papers.map((saved) => saved.url));
      }),
    );
  });

  it("keeps a formula inert", () => {
    for (const formula of ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
      expect(csvField(formula)).toBe(`"'${formula.replace(/"/g, '""')}"`);
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
  });
});

describe("the BibTeX export", () => {
  it("parses back with unique keys and the titles, names and years as saved", () => {
    const papers = [
      paper("a", {
        title: "Attention {is} all_you need 100%",
        authors: ["Ada Lovelace", "Smith, Jr., John"],
        published: "2017-06-12",
      }),
      paper("b", { title: "Attention again", published: "2017-01-02", savedAt: "2026-01-02T00:00:00.000Z" }),
      paper("c", {
        title: "No date",
        url: "https://example.org/papers/c/?q={x}",
        savedAt: "2026-01-03T00:00:00.000Z",
      }),
    ];
    const library = parse(readingListBibtex(papers), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(["attention2017", "attention2017a", "nond"]);
    expect(library.entries.map((entry) => entry.fields.title)).toEqual(papers.map((saved) => saved.title));
    expect(library.entries[0]?.fields.author?.map((name) => name.lastName ?? name.name)).toEqual([
      "Lovelace",
      "Smith, Jr., John",
    ]);
    expect(library.entries[0]?.fields.year).toBe("2017");
    expect(library.entries[2]?.fields.url).toBe("https://example.org/papers/c/?q=%7Bx%7D");
  });
});
