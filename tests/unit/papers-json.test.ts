import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { papersJsonSchema } from "../../src/schema/papers-json";
import { papersJson } from "../../src/site/papers-json";
import { corpusInput, corpusOf } from "./support/site-corpus";
import { runIngest } from "../../scripts/ingest/pipeline";
import { assembleCorpus } from "../../src/site/corpus";
import { shippedTaxonomy } from "./support/shipped-taxonomy";
import { sampleInput } from "./support/samples";

const SITE = new URL("https://example.org/lectern/");

describe("papers.json", () => {
  it("always matches its published schema, with no field the schema does not document (property)", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        const json: unknown = JSON.parse(JSON.stringify(papersJson(corpusOf(input), SITE)));
        const checked = papersJsonSchema.safeParse(json);
        expect(checked.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("publishes a JSON Schema that requires the documented fields and forbids unknown ones", () => {
    const schema = z.toJSONSchema(papersJsonSchema, { io: "output" }) as unknown as {
      required: string[];
      additionalProperties: boolean;
      properties: { papers: { items: { required: string[] } } };
    };
    expect(schema.required).toEqual(["version", "site", "topics", "digests", "papers"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.papers.items.required).toContain("publishedInferred");
    expect(schema.properties.papers.items.required).not.toContain("upvotes");
  });

  it("carries what structured sources add: arXiv ID, authors, machine-written fields marked, each field's source", () => {
    const result = runIngest([sampleInput("hf-api", "api_daily_papers_date-2026-08-21_filtered_indent2.json")]);
    const corpus = assembleCorpus(
      result.pages.map((page) => ({ data: page.data })),
      result.digests,
      shippedTaxonomy(),
    );
    const json = papersJsonSchema.parse(JSON.parse(JSON.stringify(papersJson(corpus, SITE))));
    const withCode = json.papers.find((paper) => paper.githubRepo !== undefined);
    expect(withCode).toMatchObject({
      arxivId: expect.stringMatching(/^\d{4}\.\d{5}$/) as unknown,
      listedOn: "2026-08-21",
      machineGenerated: ["aiSummary", "keywords"],
      sources: { githubRepo: "api_daily_papers_date-2026-08-21_filtered_indent2" },
    });
    expect(withCode?.authors?.length).toBe(withCode?.authorsCount);
    expect(json.papers.every((paper) => paper.appearances.every((appearance) => appearance.index !== undefined))).toBe(
      true,
    );
  });
});
