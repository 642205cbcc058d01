import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assignTopics, compileTaxonomy, SCORING } from "../../src/lib/topics/assign";
import { keywordRegex } from "../../src/lib/topics/compile-rules";
import { formatTopicDistribution, topicDistribution } from "../../src/lib/topics/distribution";
import { taxonomySchema, type Taxonomy } from "../../src/schema/taxonomy";
import { shippedTaxonomy } from "./support/shipped-taxonomy";

function taxonomy(
  topics: { slug: string; keywords?: string[]; acronyms?: string[]; exclude?: string[]; minScore?: number }[],
): Taxonomy {
  return taxonomySchema.parse({
    topics: [
      ...topics.map(({ slug, minScore, ...match }) => ({
        slug,
        name: slug,
        description: `The ${slug} topic.`,
        ...(minScore === undefined ? {} : { minScore }),
        match,
      })),
      { slug: "other", name: "Other", description: "Everything else." },
    ],
  });
}

const matchers = compileTaxonomy(
  taxonomy([
    { slug: "moe", keywords: ["mixture of experts"], acronyms: ["MoE"] },
    { slug: "quantization", keywords: ["quantiz*", "low-bit"] },
    { slug: "speech", keywords: ["speech"], exclude: ["part of speech"] },
    { slug: "nas", acronyms: ["NAS"], keywords: ["architecture search"] },
    { slug: "graphs", keywords: ["graph neural network"] },
    { slug: "time-series", keywords: ["time series"] },
    { slug: "federated", keywords: ["federated"] },
  ]),
);

describe("keyword rules", () => {
  it("match across hyphens, case and plurals, on word boundaries only", () => {
    const regex = keywordRegex("mixture of experts");
    expect("Sparse Mixture-of-Experts layers".match(regex)).toEqual(["Mixture-of-Experts"]);
    expect("a mixture of expertsystems".match(regex)).toBeNull();
    expect("Graph Neural Networks".match(keywordRegex("graph neural network"))).toEqual(["Graph Neural Networks"]);
  });

  it("take a trailing * as any word ending", () => {
    expect("we quantize; quantization helps".match(keywordRegex("quantiz*"))).toEqual(["quantize", "quantization"]);
  });
});

describe("assignTopics", () => {
  it("explains each topic with the terms, fields and points behind it", () => {
    const result = assignTopics(
      { title: "MoE routing", abstract: "A mixture of experts. Another Mixture-of-Experts layer. No quantization." },
      matchers,
    );
    expect(result.topics).toEqual(["moe"]);
    expect(result.scores[0]).toEqual({
      slug: "moe",
      score: 5,
      matches: [
        { term: "mixture of experts", title: 0, abstract: 2, score: 2 },
        { term: "MoE", title: 1, abstract: 0, score: 3 },
      ],
    });
  });

  it("weighs a title hit over a single abstract mention", () => {
    const inTitle = assignTopics({ title: "Quantization for everyone", abstract: "Nothing else." }, matchers);
    const inAbstract = assignTopics({ title: "Something", abstract: "We mention quantization once." }, matchers);
    expect(inTitle.topics).toEqual(["quantization"]);
    expect(inTitle.scores[0]?.score).toBe(SCORING.titleWeight);
    expect(inAbstract.topics).toEqual(["other"]);
  });

  it("ranks the title topic first when the abstract mentions another as often", () => {
    const result = assignTopics(
      {
        title: "Low-bit graph neural network inference",
        abstract: "Federated clients. Federated server. Low-bit weights.",
      },
      matchers,
    );
    expect(result.topics.slice(0, 2)).toEqual(["quantization", "graphs"]);
    expect(result.topics).toContain("federated");
  });

  it("caps repeated abstract mentions", () => {
    const result = assignTopics({ title: "x", abstract: "federated ".repeat(10) }, matchers);
    expect(result.scores[0]?.score).toBe(SCORING.abstractCap * SCORING.abstractWeight);
  });

  it("ignores occurrences inside excluded phrases", () => {
    const tagged = assignTopics(
      { title: "Part-of-speech tagging", abstract: "part of speech tags and part of speech" },
      matchers,
    );
    expect(tagged.topics).toEqual(["other"]);
    expect(assignTopics({ title: "Speech enhancement", abstract: "" }, matchers).topics).toEqual(["speech"]);
  });

  it("counts a raw pattern that can match the empty string without looping, by its non-empty matches too", () => {
    const patterned = compileTaxonomy(
      taxonomySchema.parse({
        topics: [
          {
            slug: "digits",
            name: "Digits",
            description: "Papers that mention numbers.",
            match: { patterns: ["\\d*"] },
          },
          { slug: "other", name: "Other", description: "Everything else." },
        ],
      }),
    );
    const [score] = assignTopics({ title: "no digits", abstract: "😀 42 and 7" }, patterned).scores;
    expect(score?.slug).toBe("digits");
    expect(score?.matches[0]?.abstract).toBeGreaterThan(2);
  });

  it("matches acronyms case-sensitively", () => {
    expect(assignTopics({ title: "NAS for CNNs", abstract: "" }, matchers).topics).toEqual(["nas"]);
    expect(assignTopics({ title: "Nas and nas", abstract: "" }, matchers).topics).toEqual(["other"]);
  });

  it("falls back to other, with no evidence, when nothing matches", () => {
    expect(assignTopics({ title: "Unrelated", abstract: "Nothing to see." }, matchers)).toEqual({
      topics: ["other"],
      scores: [{ slug: "other", score: 0, matches: [] }],
    });
  });

  it("keeps at most four topics, dropping weak secondary ones", () => {
    const everything =
      "Mixture of experts, quantization, speech, architecture search, graph neural network, time series, federated";
    const result = assignTopics({ title: everything, abstract: "" }, matchers);
    expect(result.topics).toHaveLength(SCORING.maxTopics);
    expect(result.topics).toEqual(["moe", "quantization", "speech", "nas"]);
  });

  it("honours a topic's own minScore", () => {
    const strict = compileTaxonomy(taxonomy([{ slug: "federated", keywords: ["federated"], minScore: 4 }]));
    expect(assignTopics({ title: "Federated", abstract: "" }, strict).topics).toEqual(["other"]);
    expect(assignTopics({ title: "Federated", abstract: "federated" }, strict).topics).toEqual(["federated"]);
  });

  it("always gives 1–4 known topics, whatever paper was assigned before on the same matchers (property)", () => {
    const words = fc.constantFrom(
      "moe",
      "MoE",
      "quantized",
      "speech",
      "NAS",
      "graph neural networks",
      "federated",
      "time series",
      "cat",
      "-",
      " ",
    );
    const text = fc.array(words, { maxLength: 30 }).map((parts) => parts.join(" "));
    const known = new Set(["other", ...matchers.map((matcher) => matcher.slug)]);
    fc.assert(
      fc.property(text, text, text, (title, abstract, other) => {
        const result = assignTopics({ title, abstract }, matchers);
        expect(result.topics.length).toBeGreaterThanOrEqual(1);
        expect(result.topics.length).toBeLessThanOrEqual(SCORING.maxTopics);
        expect(new Set(result.topics).size).toBe(result.topics.length);
        for (const slug of result.topics) expect(known.has(slug)).toBe(true);
        if (result.topics.includes("other")) expect(result.topics).toEqual(["other"]);
        // The matchers' global regexes and cached term index are shared by every paper of a build: another
        // paper in between must leave no state behind.
        assignTopics({ title: other, abstract: `${other} ${abstract}` }, matchers);
        expect(assignTopics({ title, abstract }, matchers)).toEqual(result);
      }),
    );
  });
});

describe("topicDistribution", () => {
  it("counts papers per topic and reports the other and largest shares", () => {
    const tax = taxonomy([
      { slug: "moe", keywords: ["moe"] },
      { slug: "quantization", keywords: ["quantization"] },
    ]);
    const distribution = topicDistribution([["moe"], ["moe", "quantization"], ["other"], ["moe"]], tax);
    expect(distribution.otherShare).toBe(0.25);
    expect(distribution.maxShare).toBe(0.75);
    expect(formatTopicDistribution(distribution)).toMatchInlineSnapshot(`
      "Topics over 4 papers (other 25.0%, largest topic 75.0%):
        moe               3   75.0%
        other             1   25.0%
        quantization      1   25.0%"
    `);
  });
});

describe("word-set pre-check", () => {
  it("never changes a result compared with running every regex (property, shipped taxonomy)", () => {
    const shipped = compileTaxonomy(shippedTaxonomy());
    const unchecked = shipped.map((matcher) => ({
      ...matcher,
      rules: {
        terms: matcher.rules.terms.map(({ label, regex }) => ({ label, regex })),
        exclude: matcher.rules.exclude.map(({ label, regex }) => ({ label, regex })),
      },
    }));
    const phrases = shipped.flatMap((matcher) => matcher.rules.terms.map((term) => term.label.replace(/\*$/u, "ing")));
    const piece = fc.oneof(fc.constantFrom(...phrases), fc.constantFrom("-", "s", "es", "X", " ", "(", "'s", "É"));
    const text = fc
      .tuple(fc.array(piece, { maxLength: 12 }), fc.constantFrom(" ", "-", ""))
      .map(([parts, separator]) => parts.join(separator));
    fc.assert(
      fc.property(text, text, (title, abstract) => {
        expect(assignTopics({ title, abstract }, shipped)).toEqual(assignTopics({ title, abstract }, unchecked));
      }),
      { numRuns: 300 },
    );
  });
});
