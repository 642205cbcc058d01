/** Every ordering that reaches output or cache keys: strings by code point, papers and digests newest first. */
import type { Digest, Paper } from "../schema/paper";

/**
 * The one string order of everything Lectern writes or hashes. `localeCompare` and `Intl.Collator` follow the
 * machine's locale (Swedish puts `ä` after `z`, Turkish orders `ı` and `I` its own way), so two machines would
 * build different pages and cache keys from the same digests; plain `<` and `.sort()` compare UTF-16 code units,
 * which put an astral character such as `𝔸` (U+1D538) before `\uFFFF`. Unicode code points are neither.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === length) return a.length - b.length;
  // A trail surrogate after a shared lead surrogate: the characters that differ start one unit earlier.
  const inPair = isTrail(a.charCodeAt(i)) || isTrail(b.charCodeAt(i));
  const start = inPair && i > 0 && isLead(a.charCodeAt(i - 1)) ? i - 1 : i;
  return (a.codePointAt(start) ?? 0) - (b.codePointAt(start) ?? 0);
}

const isLead = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isTrail = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Newest first; undated papers sink to the end; equal dates fall back to the title for a stable order. */
export function byNewest(a: Paper, b: Paper): number {
  const dayA = a.published ?? "";
  const dayB = b.published ?? "";
  return compareCodePoints(dayB, dayA) || compareCodePoints(a.title, b.title);
}

/** Most upvoted first, then newest. */
export function byUpvotes(a: Paper, b: Paper): number {
  return (b.upvotes ?? 0) - (a.upvotes ?? 0) || byNewest(a, b);
}

/** Newest digest first; undated digests last, then by id so the order never depends on the file system. */
export function byDigestDate(a: Digest, b: Digest): number {
  const dayA = a.date ?? "";
  const dayB = b.date ?? "";
  return compareCodePoints(dayB, dayA) || compareCodePoints(a.id, b.id);
}
