/** The ingest's shortcuts give exactly what the slow paths they skip would give. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invalidUtf8Offsets } from "../../scripts/ingest/1-read/decode";
import { collapseWhitespace } from "../../scripts/ingest/1-read/whitespace";

const whitespace = fc.constantFrom(" ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u2028", "\u3000", "\ufeff");
const text = fc
  .array(fc.oneof(whitespace, fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 3 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

describe("fast paths", () => {
  it("collapseWhitespace equals replace(/\\s+/g, ' ').trim()", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(collapseWhitespace(value)).toBe(value.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });

  it("invalidUtf8Offsets is empty exactly when a strict decoder accepts the bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.string({ unit: "binary", maxLength: 12 }).map((value) => new TextEncoder().encode(value)),
    );
    fc.assert(
      fc.property(bytes, (value) => {
        let valid = true;
        try {
          strict.decode(value);
        } catch {
          valid = false;
        }
        expect(invalidUtf8Offsets(value).length === 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
