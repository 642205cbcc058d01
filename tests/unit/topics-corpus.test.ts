import { describe, expect, it } from "vitest";
import { assembleCorpus, joinCorpus } from "../../src/site/corpus";
import { deriveCorpus } from "../../src/lib/derive-corpus";
import { topicsIndexView } from "../../src/site/view-models/topics-index";
import { taxonomySchema } from "../../src/schema/taxonomy";
import type { Digest, Paper } from "../../src/schema/paper";

const taxonomy = taxonomySchema.parse({
  topics: [
    { slug: "compression", name: "Compression", description: "Smaller models.", match: { keywords: ["compression"] } },
    {
      slug: "quantization",
      name: "Quantization",
      description: "Low-bit numbers.",
      parent: "compression",
      match: { keywords: ["quantiz*"] },
    },
    { slug: "graphs", name: "Graphs", description: "Graph learning.", match: { keywords: ["graph"] } },
    { slug: "other", name: "Other", description: "Everything else." },
  ],
});

function paper(slug: string, title: string, published?: string): { data: Paper } {
  return {
    data: {
      id: "0123456789abcdef",
      slug,
      title,
      abstract: `${title}. More words about ${title.toLowerCase()}.`,
      ...(published === undefined ? {} : { published }),
      links: [],
      inferred: [],
      appearances: [{ digest: "000_a", position: 1, line: 1 }],
    },
  };
}

const entries = [
  paper("quantized-graphs", "Quantized graph networks", "2023-05-01"),
  paper("quantization-study", "Quantization and compression study", "2024-02-01"),
  paper("graph-sampling", "Graph sampling", "2021-01-01"),
  paper("cooking", "A recipe for soup"),
];

const digests: Digest[] = [
  {
    id: "000_a",
    file: "000_a.txt",
    layout: "A",
    date: "2024-01-02",
    dateInferred: false,
    entries: [
      { position: 1, line: 3, slug: "graph-sampling" },
      { position: 2, line: 9, rejected: "no abstract" },
      { position: 3, line: 12, slug: "cooking" },
    ],
  },
  { id: "001_b", file: "001_b.txt", layout: "B", date: "2024-03-04", dateInferred: true, entries: [] },
];

describe("assembleCorpus", () => {
  const corpus = assembleCorpus(entries, digests, taxonomy);

  it("orders papers newest first with undated last, and derives the year", () => {
    expect(corpus.papers.map((entry) => entry.data.slug)).toEqual([
      "quantization-study",
      "quantized-graphs",
      "graph-sampling",
      "cooking",
    ]);
    expect(corpus.paperBySlug.get("graph-sampling")?.year).toBe(2021);
    expect(corpus.paperBySlug.get("cooking")?.year).toBeUndefined();
  });

  it("gives every paper topics, falling back to other, with related slugs that exist", () => {
    expect(corpus.paperBySlug.get("cooking")?.topics).toEqual(["other"]);
    expect(corpus.paperBySlug.get("quantized-graphs")?.topics.sort()).toEqual(["graphs", "quantization"]);
    for (const entry of corpus.papers) {
      for (const slug of entry.related) expect(corpus.paperBySlug.has(slug)).toBe(true);
      expect(entry.related).not.toContain(entry.data.slug);
    }
    expect(corpus.paperBySlug.get("quantized-graphs")?.related).toContain("graph-sampling");
  });

  it("builds topic views: papers newest first, children, co-occurring topics, year histogram", () => {
    const quantization = corpus.topicBySlug.get("quantization");
    expect(quantization?.papers.map((entry) => entry.data.slug)).toEqual(["quantization-study", "quantized-graphs"]);
    expect(quantization?.count).toBe(2);
    expect(quantization?.parent).toBe("compression");
    expect(corpus.topicBySlug.get("compression")?.children).toEqual(["quantization"]);
    expect(quantization?.neighbours).toEqual([
      { slug: "compression", shared: 1 },
      { slug: "graphs", shared: 1 },
    ]);
    expect(quantization?.years).toEqual([
      { year: 2023, count: 1 },
      { year: 2024, count: 1 },
    ]);
    expect(corpus.topics.map((topic) => topic.slug)).toEqual(["compression", "quantization", "graphs", "other"]);
  });

  it("lets a broad topic list its subtopics' papers, and says how many are its own", () => {
    const compression = corpus.topicBySlug.get("compression");
    // Only "quantization-study" mentions compression; "quantized-graphs" arrives through quantization.
    expect(compression?.papers.map((entry) => entry.data.slug)).toEqual(["quantization-study", "quantized-graphs"]);
    expect(compression?.direct).toBe(1);
    expect(corpus.topicBySlug.get("quantization")?.direct).toBe(2);
    expect(compression?.years.reduce((sum, year) => sum + year.count, 0)).toBe(2);
  });

  it("shows the topics index as a tree without empty topics", () => {
    const view = topicsIndexView(corpus);
    const tree = (nodes: typeof view.tree): unknown[] =>
      nodes.map((node) => [node.topic.slug, node.topic.count, tree(node.subtopics)]);
    expect(tree(view.tree)).toEqual([
      ["compression", 2, [["quantization", 2, []]]],
      ["graphs", 2, []],
      ["other", 1, []],
    ]);
    const empty = assembleCorpus([paper("cooking", "A recipe for soup")], digests, taxonomy);
    expect(tree(topicsIndexView(empty).tree)).toEqual([["other", 1, []]]);
  });

  it("lists digests newest first with their papers in listing order", () => {
    expect(corpus.digests.map((digest) => digest.id)).toEqual(["001_b", "000_a"]);
    expect(corpus.digestById.get("000_a")?.papers).toEqual(["graph-sampling", "cooking"]);
  });

  it("reports the distribution", () => {
    const { distribution } = deriveCorpus(
      entries.map((entry) => entry.data),
      digests,
      taxonomy,
    );
    expect(distribution.papers).toBe(4);
    expect(distribution.otherShare).toBe(0.25);
  });

  it("refuses derived facts from another ingest run than the pages", () => {
    const { corpus: derived } = deriveCorpus(
      entries.map((entry) => entry.data),
      digests,
      taxonomy,
    );
    expect(() => joinCorpus(entries.slice(1), digests, { ...derived, indexVersion: "000000000000" })).toThrow(
      /3 paper pages but 4 derived papers/,
    );
  });
});
