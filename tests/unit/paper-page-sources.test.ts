/**
 * The paper page of a paper a structured source described: its authors (eight, then "and N more"), direct links
 * instead of title look-ups, and what a model wrote, kept apart. A paper from a text digest gains nothing: its view,
 * and so its page and cache key, is what it was.
 */
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/schema/paper";
import { AUTHORS_SHOWN, paperPageView } from "../../src/site/view-models/paper-page";
import { viewKey } from "../../src/site/view-models/view-key";
import { corpusOf, type Entry } from "./support/site-corpus";
import { sampleSiteCorpus } from "./support/sample-site-corpus";

const SITE = new URL("https://example.org/lectern/");

const textOnly: Paper = {
  id: "0000000000000001",
  slug: "text-only",
  title: "A Paper From a Text Digest",
  abstract: "We study things. Code at https://github.com/a/b.",
  published: "2025-06-12",
  authorsCount: 3,
  links: [{ url: "https://github.com/a/b", kind: "code" }],
  inferred: [],
  appearances: [{ digest: "000_d", position: 1, line: 7 }],
};

const names = Array.from({ length: 11 }, (_, index) => `Author ${String(index + 1)}`);

const rich: Paper = {
  ...textOnly,
  id: "0000000000000002",
  slug: "rich",
  title: "A Paper Hugging Face Described",
  abstract: "We study more things. See https://project.example/ and https://github.com/a/b.",
  authorsCount: names.length,
  arxivId: "2506.10002",
  authors: names,
  categories: ["cs.LG", "stat.ML"],
  githubRepo: "https://github.com/a/b",
  githubStars: 1234,
  projectPage: "https://project.example/",
  aiSummary: "A model's one-line summary.",
  aiSummaryModel: "some/model",
  keywords: ["things", "more things"],
  machineGenerated: ["aiSummary", "keywords"],
  links: [
    { url: "https://project.example", kind: "project" },
    { url: "https://github.com/a/b", kind: "code" },
    { url: "https://elsewhere.example/data", kind: "project" },
  ],
  appearances: [{ digest: "000_d", position: 2, line: 10 }],
};

function viewOf(paper: Paper) {
  const corpus = corpusOf({
    entries: [{ data: textOnly }, { data: paper }].filter(
      (entry, index, all): entry is Entry => all.findIndex((other) => other.data.slug === entry.data.slug) === index,
    ),
    digests: [
      {
        id: "000_d",
        file: "000_d.txt",
        layout: "A",
        date: "2025-06-12",
        dateInferred: false,
        entries: [
          { position: 1, line: 7, slug: textOnly.slug },
          { position: 2, line: 10, slug: paper.slug },
        ],
      },
    ],
  });
  const entry = corpus.paperBySlug.get(paper.slug);
  if (!entry) throw new Error(`${paper.slug} is not in the corpus`);
  return paperPageView(corpus, entry, SITE);
}

describe("the paper page view", () => {
  it("adds nothing for a paper read from a text digest", () => {
    const view = viewOf(textOnly);
    expect(view).not.toHaveProperty("authors");
    expect(view).not.toHaveProperty("directLinks");
    expect(view).not.toHaveProperty("machineWritten");
    expect(view.facts.authorsCount).toBe(3);
    expect(view.links).toEqual([{ url: "https://github.com/a/b", kind: "code" }]);
  });

  it("shows the first eight authors and keeps the rest for 'and N more'", () => {
    const { authors } = viewOf(rich);
    expect(authors?.shown).toEqual(names.slice(0, AUTHORS_SHOWN));
    expect(authors?.more).toEqual(names.slice(AUTHORS_SHOWN));
    expect(viewOf({ ...rich, authors: names.slice(0, AUTHORS_SHOWN) }).authors).toEqual({
      shown: names.slice(0, AUTHORS_SHOWN),
    });
  });

  it("links straight to arXiv, the PDF, Hugging Face, the code with its stars and the project page", () => {
    const view = viewOf(rich);
    expect(view.directLinks).toEqual([
      { kind: "arxiv", label: "arXiv", url: "https://arxiv.org/abs/2506.10002", detail: "2506.10002" },
      { kind: "pdf", label: "PDF", url: "https://arxiv.org/pdf/2506.10002" },
      { kind: "hugging-face", label: "Hugging Face", url: "https://huggingface.co/papers/2506.10002" },
      { kind: "code", label: "Code", url: "https://github.com/a/b", detail: "github.com · 1.2K stars" },
      { kind: "project", label: "Project page", url: "https://project.example/", detail: "project.example" },
    ]);
    // The abstract's links to the same code and project page are not repeated; another address stays.
    expect(view.links).toEqual([{ url: "https://elsewhere.example/data", kind: "project" }]);
  });

  it("gives an old-style arXiv ID no Hugging Face page, and one star a singular", () => {
    const links = viewOf({ ...rich, arxivId: "hep-th/9901001", githubStars: 1 }).directLinks ?? [];
    expect(links.map((link) => link.kind)).toEqual(["arxiv", "pdf", "code", "project"]);
    expect(links.find((link) => link.kind === "code")?.detail).toBe("github.com · 1 star");
  });

  it("never links an address that is not http(s)", () => {
    // The schema already refuses these; the view holds the line too, for any caller that skipped it.
    const hostile = { ...rich, githubRepo: "javascript:alert(1)", projectPage: "data:text/html,x" };
    const links = viewOf(hostile).directLinks ?? [];
    expect(links.map((link) => link.kind)).toEqual(["arxiv", "pdf", "hugging-face"]);
  });

  it("keeps what a model wrote apart from the abstract, with the model's name", () => {
    const view = viewOf(rich);
    expect(view.machineWritten).toEqual({
      summary: "A model's one-line summary.",
      model: "some/model",
      keywords: ["things", "more things"],
    });
    expect(view.abstract?.text).not.toContain("A model's one-line summary.");
  });

  it("changes its cache key when anything it shows of the sources changes", () => {
    const key = viewKey(viewOf(rich));
    expect(viewKey(viewOf({ ...rich, authors: [...names, "Author 12"] }))).not.toBe(key);
    expect(viewKey(viewOf({ ...rich, githubStars: 99_000 }))).not.toBe(key);
    expect(viewKey(viewOf({ ...rich, keywords: ["things"] }))).not.toBe(key);
    expect(viewKey(viewOf(rich))).toBe(key);
  });

  it("gives every paper of the real samples with an arXiv ID its direct links", () => {
    const corpus = sampleSiteCorpus();
    const known = corpus.papers.filter((paper) => paper.data.arxivId !== undefined);
    expect(known.length).toBeGreaterThan(0);
    for (const paper of known) {
      const view = paperPageView(corpus, paper, SITE);
      expect(view.directLinks?.[0]?.url).toBe(`https://arxiv.org/abs/${paper.data.arxivId ?? ""}`);
      expect(view.authors?.shown.length).toBe(Math.min(AUTHORS_SHOWN, paper.data.authors?.length ?? 0));
    }
  });
});

describe("a paper listed by two listings of one day", () => {
  it("names them apart on its page, as the digests index and the search filter do", () => {
    const digest = (id: string) => ({
      id,
      file: `${id}.json`,
      layout: "hf-daily-papers" as const,
      date: "2025-06-12",
      dateInferred: false,
      entries: [{ position: 1, index: 0, slug: rich.slug }],
    });
    const paper = {
      ...rich,
      appearances: ["a-listing", "b-listing"].map((id) => ({ digest: id, position: 1, index: 0 })),
    };
    const corpus = corpusOf({ entries: [{ data: paper }], digests: [digest("b-listing"), digest("a-listing")] });
    const entry = corpus.paperBySlug.get(paper.slug);
    if (!entry) throw new Error("the paper is not in the corpus");
    const labels = paperPageView(corpus, entry, SITE).appearances.map((appearance) => appearance.label);
    expect(new Set(labels).size).toBe(2);
    expect(labels).toEqual(["a-listing", "b-listing"].map((id) => corpus.digestById.get(id)?.label));
    expect(labels).toContain("Digest of 12 Jun 2025");
  });
});
