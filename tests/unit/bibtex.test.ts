/**
 * Every BibTeX entry Lectern writes reads back with a real BibTeX parser (`@retorquere/bibtex-parser`, the one behind
 * Better BibTeX): no errors, unique readable keys, the title and month as written.
 */
import { parse } from "@retorquere/bibtex-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignCiteKeys, citeKeyBase } from "../../src/lib/cite/cite-keys";
import { paperBibtex, topicBibliographyPaths } from "../../src/site/view-models/bibliography";
import { bundledSiteCorpus } from "./support/bundled-site-corpus";
import { sampleSiteCorpus } from "./support/sample-site-corpus";
import { corpusInput, corpusOf } from "./support/site-corpus";

const SITE = new URL("https://example.org/lectern/");
/** Titles are read back as written: Lectern's double braces keep their case, and so must the comparison. */
const read = (text: string) => parse(text, { sentenceCase: false });
const spaced = (text: string | undefined): string | undefined => text?.replace(/\s+/g, " ").trim();
const bundled = bundledSiteCorpus();

describe("BibTeX entries", () => {
  it("parse without errors, one entry each, with unique keys, for the whole bundled corpus", () => {
    const text = bundled.papers.map((paper) => paperBibtex(paper, SITE)).join("\n\n");
    const library = read(text);
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(bundled.papers.map((paper) => paper.citeKey));
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(bundled.papers.length);
    library.entries.forEach((entry, index) => {
      const paper = bundled.papers[index];
      expect(spaced(entry.fields.title)).toBe(spaced(paper?.data.title));
      expect(entry.key).toMatch(/^[a-z0-9]+(?:\d{4}|nd)[a-z]*$/);
    });
  });

  it("parse for every topic file of random corpora", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        for (const { props } of topicBibliographyPaths(corpusOf(input), SITE)) {
          const library = read(props.view.entries.join("\n\n"));
          expect(library.errors).toEqual([]);
          expect(library.entries).toHaveLength(props.view.entries.length);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("write the month as BibTeX's macro", () => {
    const dated = bundled.papers.find((paper) => paper.data.published !== undefined);
    if (!dated?.data.published) throw new Error("the bundled corpus has no dated paper");
    const entry = paperBibtex(dated, SITE);
    const month = Number(dated.data.published.slice(5, 7));
    const macro = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][month - 1];
    expect(entry).toContain(`month = ${macro ?? "?"},`);
    expect(read(entry).entries[0]?.fields.month).toBe(String(month));
  });

  it("survive titles full of BibTeX's special characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("{", "}", "\\", "%", "#", "&", "~", "^", "$", "_", "a", " ", "é") }),
        (title) => {
          const paper = bundled.papers[0];
          if (!paper) throw new Error("empty corpus");
          const written = title.trim() === "" ? "x" : title;
          const hostile = { ...paper, data: { ...paper.data, title: written } };
          const library = read(paperBibtex(hostile, SITE));
          expect(library.errors).toEqual([]);
          expect(library.entries).toHaveLength(1);
          expect(spaced(library.entries[0]?.fields.title)).toBe(spaced(written));
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** A name as the parser hands it back: a literal name whole, else its parts in reading order. */
interface Creator {
  name?: string;
  firstName?: string;
  prefix?: string;
  lastName?: string;
  suffix?: string;
}
const nameOf = (creator: Creator): string =>
  creator.name ?? [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(" ");
const authorsOf = (entry: { fields: Record<string, unknown> } | undefined): string[] =>
  ((entry?.fields["author"] ?? []) as Creator[]).map(nameOf);

describe("BibTeX entries of papers a source described", () => {
  const samples = sampleSiteCorpus();
  const described = samples.papers.filter((paper) => paper.data.arxivId !== undefined);

  it("parse for every sample paper, with authors, eprint, archive prefix and primary class", () => {
    expect(described.length).toBeGreaterThan(0);
    const library = read(samples.papers.map((paper) => paperBibtex(paper, SITE)).join("\n\n"));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(samples.papers.length);
    library.entries.forEach((entry, index) => {
      const paper = samples.papers[index]?.data;
      if (!paper) throw new Error("entry without paper");
      expect(spaced(entry.fields.title)).toBe(spaced(paper.title));
      expect(authorsOf(entry)).toEqual((paper.authors ?? []).map(spaced));
      expect(entry.fields["eprint"]).toBe(paper.arxivId);
      expect(entry.fields["archiveprefix"]).toBe(paper.arxivId === undefined ? undefined : "arXiv");
      expect(entry.fields["primaryclass"]).toBe(paper.arxivId === undefined ? undefined : paper.categories?.[0]);
      if (paper.published) expect(entry.fields["year"]).toBe(paper.published.slice(0, 4));
    });
  });

  it("keep authors with accents, braces, commas and 'and' in their names as written", () => {
    const paper = described[0];
    if (!paper) throw new Error("no sample paper with an arXiv ID");
    const authors = [
      "José Müller",
      "Łukasz Kaiser",
      "Zoë van der Berg",
      "Anne-Marie Smith-Jones",
      "Ana {X} Li",
      "C. \\'E. Dupont",
      "Smith, Jr.",
      "Research and Development Team",
      "Ada_Lovelace 100% & co",
    ];
    const entry = paperBibtex({ ...paper, data: { ...paper.data, authors } }, SITE);
    const library = read(entry);
    expect(library.errors).toEqual([]);
    expect(authorsOf(library.entries[0])).toEqual(authors);
  });

  // Hyphens are left out: `--` is TeX's en dash, and a parser reads it as one, as LaTeX prints it.
  it("keep any author name through the round trip (property)", () => {
    const paper = described[0];
    if (!paper) throw new Error("no sample paper with an arXiv ID");
    const word = fc.string({
      unit: fc.constantFrom("{", "}", "\\", "%", "#", "&", "~", "^", "$", "_", ",", "a", "B", "é", "Ø", "ñ", "."),
      minLength: 1,
    });
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (words) => {
        const authors = words.map((parts) => parts.join(" "));
        const library = read(paperBibtex({ ...paper, data: { ...paper.data, authors } }, SITE));
        expect(library.errors).toEqual([]);
        expect(authorsOf(library.entries[0])).toEqual(authors);
      }),
      { numRuns: 200 },
    );
  });
});

describe("cite keys", () => {
  it("are the first word of the title and the year", () => {
    expect(citeKeyBase({ title: "FlashFFTConv: Efficient Convolutions", published: "2023-11-10" })).toBe(
      "flashfftconv2023",
    );
    expect(citeKeyBase({ title: "A Bee in the Bonnet", published: "2021-03-01" })).toBe("bee2021");
    expect(citeKeyBase({ title: "1.58-bit FLUX", published: "2024-12-19" })).toBe("158bit2024");
    expect(citeKeyBase({ title: "Café Models", published: undefined })).toBe("cafend");
  });

  it("take a letter suffix on collision, the earliest arrival keeping the bare key", () => {
    const papers = [
      { slug: "first", title: "Attention is all", published: "2024-01-01" },
      { slug: "second", title: "Attention again", published: "2024-02-01" },
      { slug: "third", title: "Attention, once more", published: "2024-03-01" },
    ];
    expect([...assignCiteKeys(papers)]).toEqual([
      ["first", "attention2024"],
      ["second", "attention2024a"],
      ["third", "attention2024b"],
    ]);
  });

  it("are unique and the same for the same corpus", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        const keys = corpusOf(input).papers.map((paper) => paper.citeKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(corpusOf(input).papers.map((paper) => paper.citeKey)).toEqual(keys);
      }),
      { numRuns: 50 },
    );
  });
});
