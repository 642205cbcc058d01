/** Counts rule occurrences in a text, ignoring those that sit inside an excluded phrase. */

interface Span {
  start: number;
  end: number;
}

/** Number of matches of `regex` in `text` that do not overlap any `masks` span. */
export function countMatches(text: string, regex: RegExp, masks: readonly Span[]): number {
  let count = 0;
  for (const span of spansOf(text, regex)) {
    if (!masks.some((mask) => span.start < mask.end && mask.start < span.end)) count++;
  }
  return count;
}

/** Every match of the excluded phrases, found once per text and reused for all of a topic's terms. */
export function maskSpans(text: string, excludes: readonly RegExp[]): Span[] {
  return excludes.flatMap((regex) => spansOf(text, regex));
}

function spansOf(text: string, regex: RegExp): Span[] {
  return [...text.matchAll(regex)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
