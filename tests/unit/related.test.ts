import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { relatedDocuments, type RelatedInput } from "../../src/lib/related/related";
import { stem, tokenize } from "../../src/lib/related/tokenize";
import { keepBest, type Match } from "../../src/lib/related/top";

const corpus: RelatedInput[] = [
  {
    key: "moe-routing",
    title: "Expert routing for sparse mixture models",
    abstract: "Routers send tokens to experts; load balancing of experts matters for sparse expert layers.",
  },
  {
    key: "moe-serving",
    title: "Serving sparse expert models",
    abstract: "Expert placement and token routing across GPUs for sparse expert layers at inference.",
  },
  {
    key: "moe-training",
    title: "Training experts with balanced routing",
    abstract: "Auxiliary losses keep routing balanced so every expert receives tokens during training.",
  },
  {
    key: "gnn-sampling",
    title: "Neighbour sampling for graph networks",
    abstract: "Graph sampling of neighbour nodes makes message passing on large graphs tractable.",
  },
  {
    key: "gnn-pipeline",
    title: "Pipelined graph network training",
    abstract: "Partition graph nodes and layers across devices; message passing with pipelined neighbour exchange.",
  },
  {
    key: "gnn-theory",
    title: "Expressive power of graph networks",
    abstract: "Message passing graph networks and the Weisfeiler-Lehman test distinguish graph nodes.",
  },
  {
    key: "speech",
    title: "Monaural speech enhancement",
    abstract: "Frequency recurrence improves speech denoising for monaural audio.",
  },
  { key: "empty", title: "Untitled", abstract: "" },
];

describe("tokenize", () => {
  it("lowercases, drops stopwords and numbers, and folds plurals", () => {
    expect(tokenize("We propose Graph Networks for 3 kernels and 2024 libraries")).toEqual([
      "graph",
      "network",
      "kernel",
      "library",
    ]);
    expect(stem("process")).toBe("process");
    expect(stem("corpus")).toBe("corpus");
  });
});

describe("relatedDocuments", () => {
  const related = relatedDocuments(corpus);

  it("finds papers of the same subject first and never the paper itself", () => {
    const keys = (key: string): string[] => (related.get(key) ?? []).map((match) => match.key);
    expect(keys("moe-routing").slice(0, 2).sort()).toEqual(["moe-serving", "moe-training"]);
    expect(keys("gnn-sampling").slice(0, 2).sort()).toEqual(["gnn-pipeline", "gnn-theory"]);
    for (const [key, matches] of related) expect(matches.map((match) => match.key)).not.toContain(key);
  });

  it("returns at most five, best first, with cosine scores in (0, 1]", () => {
    for (const matches of related.values()) {
      expect(matches.length).toBeLessThanOrEqual(5);
      const scores = matches.map((match) => match.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const score of scores) expect(score).toBeGreaterThan(0);
      for (const score of scores) expect(score).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it("is symmetric in score: a→b and b→a carry the same cosine", () => {
    const forward = related.get("gnn-sampling")?.find((match) => match.key === "gnn-theory")?.score;
    const backward = related.get("gnn-theory")?.find((match) => match.key === "gnn-sampling")?.score;
    expect(forward).toBeDefined();
    expect(forward).toBeCloseTo(backward ?? Number.NaN, 12);
  });

  it("gives nothing to a paper without usable text", () => {
    expect(related.get("empty")).toEqual([]);
  });

  it("weighs title terms above abstract terms", () => {
    const documents: RelatedInput[] = [
      { key: "query", title: "Quantization kernels", abstract: "Pruning schedules." },
      { key: "title-match", title: "Quantization study", abstract: "Unrelated words here." },
      { key: "abstract-match", title: "Unrelated study", abstract: "Quantization words here." },
      { key: "filler-a", title: "Pruning", abstract: "Different things." },
      { key: "filler-b", title: "Kernels", abstract: "Other matters." },
      { key: "filler-c", title: "Something", abstract: "Else entirely." },
    ];
    const matches =
      relatedDocuments(documents)
        .get("query")
        ?.map((match) => match.key) ?? [];
    expect(matches.indexOf("title-match")).toBeLessThan(matches.indexOf("abstract-match"));
  });

  it("breaks exact ties by key", () => {
    const twins: RelatedInput[] = [
      { key: "b-twin", title: "Spiking networks", abstract: "Spikes." },
      { key: "a-twin", title: "Spiking networks", abstract: "Spikes." },
      { key: "query", title: "Spiking networks", abstract: "Spikes." },
      { key: "z-other", title: "Graph sampling", abstract: "Nodes." },
    ];
    expect(
      relatedDocuments(twins)
        .get("query")
        ?.map((match) => match.key),
    ).toEqual(["a-twin", "b-twin"]);
  });
});

describe("keepBest", () => {
  // relatedDocuments sorts its input, so shuffling that input proves nothing; keepBest is where order could leak:
  // it sees candidates one at a time, in whatever order the index yields them.
  it("keeps the same best n, in rank order, whatever order candidates arrive in (property)", () => {
    const candidates = fc.uniqueArray(
      fc.record({ index: fc.nat({ max: 40 }), score: fc.constantFrom(0, 0.25, 0.5, 0.75, 1) }),
      { selector: (match) => match.index, maxLength: 30 },
    );
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 8 }), (arrival, limit) => {
        const best: Match[] = [];
        for (const match of arrival) keepBest(best, match, limit);
        const expected = [...arrival].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit);
        expect(best).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
