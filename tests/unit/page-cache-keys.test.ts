/** Page cache keys change exactly when a page's data does: a stale key would serve a stale page. */
import { describe, expect, it } from "vitest";
import { assembleCorpus } from "../../src/lib/corpus";
import { pageCacheKeys } from "../../src/lib/site/page-cache-keys";
import { taxonomySchema, type Taxonomy } from "../../src/lib/topics/schema";
import type { Digest, Paper } from "../../src/schema/paper";

const taxonomy = taxonomySchema.parse({
  topics: [
    { slug: "graphs", name: "Graphs", description: "Graph learning.", match: { keywords: ["graph"] } },
    { slug: "other", name: "Other", description: "Everything else." },
  ],
});

function entry(slug: string, title: string, position: number, topic: string): { data: Paper; digest: string } {
  return {
    digest: `${slug}:${title}`,
    data: {
      id: "0123456789abcdef",
      slug,
      title,
      abstract: `${title}: a graph method for ${topic}, studied on ${topic} benchmarks.`,
      published: "2024-01-0" + String(position),
      links: [],
      inferred: [],
      appearances: [{ digest: "000_a", position, line: position * 2 }],
    },
  };
}

const digest = (slugs: string[]): Digest => ({
  id: "000_a",
  file: "000_a.txt",
  layout: "A",
  date: "2024-01-09",
  dateInferred: false,
  entries: slugs.map((slug, index) => ({ position: index + 1, line: index * 2 + 1, slug })),
});

// A and C share a subject, so each is the other's closest related paper; B is C's neighbour in the digest.
const graphA = entry("graph-a", "Graph A", 1, "hypergraph partitioning");
const graphB = entry("graph-b", "Graph B", 2, "molecule property prediction");
const base = [graphA, graphB, entry("graph-c", "Graph C", 3, "hypergraph partitioning")];

function keysOf(entries: ReturnType<typeof entry>[], topics: Taxonomy = taxonomy) {
  const corpus = assembleCorpus(entries, [digest(entries.map((e) => e.data.slug))], topics);
  const keys = pageCacheKeys(corpus);
  const paper = (slug: string): string => {
    const found = corpus.paperBySlug.get(slug);
    if (!found) throw new Error(slug);
    return keys.paper(found);
  };
  const topic = corpus.topicBySlug.get("graphs");
  if (!topic) throw new Error("graphs");
  return { corpus, paper, digest: keys.digest("000_a"), topicFile: keys.topicFile(topic) };
}

describe("page cache keys", () => {
  it("are stable for the same corpus, whichever corpus object computes them", () => {
    expect(keysOf(base).paper("graph-a")).toBe(keysOf(base).paper("graph-a"));
    expect(keysOf(base).digest).toBe(keysOf(base).digest);
  });

  it("change for a paper when a related paper or a digest neighbour changes, not only the paper itself", () => {
    const before = keysOf(base);
    expect(before.corpus.paperBySlug.get("graph-a")?.related[0]).toBe("graph-c");
    const renamed = keysOf([graphA, graphB, entry("graph-c", "Graph C, revised", 3, "hypergraph partitioning")]);
    expect(renamed.paper("graph-b")).not.toBe(before.paper("graph-b"));
    expect(renamed.paper("graph-a")).not.toBe(before.paper("graph-a"));
    expect(renamed.digest).not.toBe(before.digest);
    expect(renamed.topicFile).not.toBe(before.topicFile);
  });

  it("change everywhere when the taxonomy renames a topic", () => {
    const renamedTopics = taxonomySchema.parse({
      topics: taxonomy.topics.map((topic) => (topic.slug === "graphs" ? { ...topic, name: "Graph learning" } : topic)),
    });
    const before = keysOf(base);
    const after = keysOf(base, renamedTopics);
    expect(after.paper("graph-a")).not.toBe(before.paper("graph-a"));
    expect(after.digest).not.toBe(before.digest);
  });
});
