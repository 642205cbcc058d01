/** Counts rule occurrences in a text, ignoring those that sit inside an excluded phrase. */
import { splitWords, type CompiledTerm, type RequiredWords } from "./compile-rules";

/** A text with its words (as written and lowercased), computed once per paper for every rule's pre-check. */
export interface SearchableText {
  text: string;
  lowerText: string;
  words: ReadonlySet<string>;
  lowerWords: ReadonlySet<string>;
}

export interface Span {
  start: number;
  end: number;
}

export function searchable(text: string): SearchableText {
  const words = splitWords(text);
  return {
    text,
    lowerText: text.toLowerCase(),
    words: new Set(words),
    lowerWords: new Set(words.map((word) => word.toLowerCase())),
  };
}

/** Number of matches of `term` in `text` that do not overlap any `masks` span. */
export function countMatches(text: SearchableText, term: CompiledTerm, masks: readonly Span[]): number {
  let count = 0;
  forEachSpan(text, term, (start, end) => {
    if (!masks.some((mask) => start < mask.end && mask.start < end)) count++;
  });
  return count;
}

/** Every match of the excluded phrases, found once per text and reused for all of a topic's terms. */
export function maskSpans(text: SearchableText, excludes: readonly CompiledTerm[]): Span[] {
  const spans: Span[] = [];
  for (const term of excludes) forEachSpan(text, term, (start, end) => spans.push({ start, end }));
  return spans;
}

/** Whether the term's cheap pre-checks (whole words, stem) let it match at all; the regex alone decides. */
export function mayMatch(text: SearchableText, term: CompiledTerm): boolean {
  if (term.requiredWords && !containsWords(text, term.requiredWords)) return false;
  return term.requiredStem === undefined || text.lowerText.includes(term.requiredStem);
}

/**
 * Runs the term's shared global regex with `exec` from position 0: `matchAll` would clone the regex on every
 * call, which costs more than the scan itself over a corpus of short texts.
 */
function forEachSpan(text: SearchableText, term: CompiledTerm, visit: (start: number, end: number) => void): void {
  if (!mayMatch(text, term)) return;
  const { regex } = term;
  regex.lastIndex = 0;
  for (let match = regex.exec(text.text); match !== null; match = regex.exec(text.text)) {
    visit(match.index, match.index + match[0].length);
    // A pattern that can match the empty string would otherwise stay at the same position forever.
    if (match[0].length === 0) regex.lastIndex += (text.text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
}

/** Whether the text has every word a rule needs, in one of its forms. */
export function containsWords(text: SearchableText, { words, caseSensitive }: RequiredWords): boolean {
  const present = caseSensitive ? text.words : text.lowerWords;
  return words.every((forms) => forms.some((form) => present.has(form)));
}
