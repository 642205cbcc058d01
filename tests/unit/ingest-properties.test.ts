/** Random and garbled digests never throw, and every entry read is either published or rejected. */
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runIngest } from "../../scripts/ingest/pipeline";
import { paperSchema } from "../../src/schema/paper";
import { splitPage } from "./support/ingest-fixtures";

const HEADER = [
  "new",
  "Get trending papers in your email inbox!",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
  "Dec 9",
];

const line = fc.oneof(
  fc.constantFrom(
    ...HEADER,
    "  • 3 authors",
    "·",
    "Jun 4, 2024",
    "Mar 15 7",
    "Feb 30, 2023",
    "openbmb OpenBMB",
    "",
    "",
    "---",
    "import x from 'y'",
    "export const a = 1",
    "<script>alert(1)</script>",
    "{x}",
  ),
  fc.lorem({ maxCount: 12 }),
  fc.lorem({ mode: "sentences", maxCount: 5 }),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

const digestText = fc
  .tuple(fc.boolean(), fc.array(line, { maxLength: 60 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([withHeader, lines, eol]) =>
    [...(withHeader ? HEADER.flatMap((header) => [header, ""]) : []), ...lines].join(eol),
  );

const digestBytes = fc.oneof(
  digestText.map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(digestText, fc.uint8Array({ maxLength: 8 })).map(([text, junk]) => {
    const bytes = new TextEncoder().encode(text);
    return new Uint8Array([...bytes.subarray(0, bytes.length / 2), ...junk, ...bytes.subarray(bytes.length / 2)]);
  }),
);

describe("ingest properties", () => {
  it("never throws and conserves entries", () => {
    fc.assert(
      fc.property(fc.array(digestBytes, { minLength: 1, maxLength: 4 }), (files) => {
        const result = runIngest(files.map((bytes, i) => ({ file: `d${i}.txt`, bytes })));
        const { totals, invariant } = result.report;
        expect(invariant.holds).toBe(true);
        expect(totals.entriesRead).toBe(totals.entriesPublished + totals.entriesRejected);
        expect(new Set(result.pages.map((page) => page.slug)).size).toBe(result.pages.length);
        for (const page of result.pages) {
          expect(paperSchema.safeParse(parse(splitPage(page.content).yaml)).success).toBe(true);
          for (const bodyLine of splitPage(page.content).body.split("\n"))
            expect(bodyLine).not.toMatch(/^(import|export)\b/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
