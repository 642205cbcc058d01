/** The site's one string order is Unicode code point order, whatever the machine's locale. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../../src/lib/order";

/** The order by definition: code point sequences compared lexicographically (lone surrogates as themselves). */
function referenceOrder(a: string, b: string): number {
  const left = Array.from(a, (char) => char.codePointAt(0) ?? 0);
  const right = Array.from(b, (char) => char.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return (left[i] ?? 0) - (right[i] ?? 0);
  }
  return left.length - right.length;
}

const titles = [
  "Łódź Street Scenes",
  "zero-shot Parsing",
  "Über Scaling",
  "ısı Transfer Nets",
  "Zebra Routing",
  "𝔸lgebraic Attention",
  "İstanbul Traffic",
  "Öl Fields",
  "\uFFFF Sentinel",
  "Ångström Models",
  "alpha Decoding",
  "Äpple Vision",
  "Alpha Decoding",
];

const byCodePoint = [
  "Alpha Decoding", // U+0041
  "Zebra Routing", // U+005A
  "alpha Decoding", // U+0061
  "zero-shot Parsing", // U+007A
  "Äpple Vision", // U+00C4
  "Ångström Models", // U+00C5
  "Öl Fields", // U+00D6
  "Über Scaling", // U+00DC
  "İstanbul Traffic", // U+0130
  "ısı Transfer Nets", // U+0131
  "Łódź Street Scenes", // U+0141
  "\uFFFF Sentinel", // U+FFFF
  "𝔸lgebraic Attention", // U+1D538, stored as the surrogates D835 DD38
];

const sortedWith = (compare: (a: string, b: string) => number): string[] => [...titles].sort(compare);

describe("compareCodePoints", () => {
  it("orders titles by Unicode code point", () => {
    expect(sortedWith(compareCodePoints)).toEqual(byCodePoint);
  });

  it("puts an astral character after every BMP one, unlike UTF-16 code unit order", () => {
    expect(compareCodePoints("𝔸", "\uFFFF")).toBeGreaterThan(0);
    expect(compareCodePoints("\uE000", "𝔸")).toBeLessThan(0);
    expect(compareCodePoints("a𝔸", "a\uFFFF")).toBeGreaterThan(0);
    // What `.sort()` and `<` do instead: UTF-16 code units.
    expect(["\uFFFF", "𝔸"].sort()).toEqual(["𝔸", "\uFFFF"]);
    expect([...titles].sort()).not.toEqual(byCodePoint);
  });

  it("gives a different order than Swedish or Turkish collation", () => {
    const swedish = sortedWith((a, b) => a.localeCompare(b, "sv"));
    const turkish = sortedWith((a, b) => a.localeCompare(b, "tr"));
    expect(swedish).not.toEqual(byCodePoint);
    expect(turkish).not.toEqual(byCodePoint);
    expect(swedish).not.toEqual(turkish);
    // Swedish: z < å < ä < ö; Turkish: ı before i.
    expect("Äpple".localeCompare("zero", "sv")).toBeGreaterThan(0);
    expect("Äpple".localeCompare("zero", "en")).toBeLessThan(0);
    expect("ısı".localeCompare("iris", "tr")).toBeLessThan(0);
    expect(compareCodePoints("Äpple", "zero")).toBeGreaterThan(0);
    expect(compareCodePoints("Äpple", "Ångström")).toBeLessThan(0);
    expect(compareCodePoints("ısı", "iris")).toBeGreaterThan(0);
  });

  it("puts a prefix first and calls only identical strings equal", () => {
    expect(compareCodePoints("", "a")).toBeLessThan(0);
    expect(compareCodePoints("graph", "graphs")).toBeLessThan(0);
    expect(compareCodePoints("Graph", "graph")).toBeLessThan(0);
    expect(compareCodePoints("ä", "ä")).toBe(0);
    // Composed and decomposed ä are different code points: no normalisation behind the caller's back.
    expect(compareCodePoints("\u00E4", "a\u0308")).toBeGreaterThan(0);
  });

  it("orders lone surrogates as the code points they are", () => {
    expect(compareCodePoints("\uD835\uE000", "𝔸")).toBeLessThan(0); // lone lead U+D835 < U+1D538
    expect(compareCodePoints("\uD835", "\uD835")).toBe(0);
    expect(compareCodePoints("\uD835x", "\uD835y")).toBeLessThan(0);
    expect(compareCodePoints("\uDD38", "\uE000")).toBeLessThan(0);
  });

  it("agrees with code point sequences compared one by one, surrogates and all", () => {
    const unit = fc.oneof(
      fc.constantFrom("a", "z", "Ä", "ı", "\uD835", "\uDD38", "\uE000", "\uFFFF", "𝔸", "😀"),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    );
    const text = fc.string({ unit, maxLength: 6 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(referenceOrder(a, b)));
        expect(Math.sign(compareCodePoints(b, a))).toBe(Math.sign(referenceOrder(b, a)));
      }),
      { numRuns: 2000 },
    );
  });
});
