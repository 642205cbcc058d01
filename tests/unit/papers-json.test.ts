import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { papersJsonSchema } from "../../src/schema/papers-json";
import { papersJson } from "../../src/site/papers-json";
import { corpusInput, corpusOf } from "./support/site-corpus";

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
});
