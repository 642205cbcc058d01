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
  for (const span of spansOf(text, term)) {
    if (!masks.some((mask) => span.start < mask.end && mask.start < span.end)) count++;
  }
  return count;
}

/** Every match of the excluded phrases, found once per text and reused for all of a topic's terms. */
export function maskSpans(text: SearchableText, excludes: readonly CompiledTerm[]): Span[] {
  return excludes.flatMap((term) => spansOf(text, term));
}

function spansOf(text: SearchableText, term: CompiledTerm): Span[] {
  if (term.requiredWords && !containsWords(text, term.requiredWords)) return [];
  if (term.requiredStem !== undefined && !text.lowerText.includes(term.requiredStem)) return [];
  return [...text.text.matchAll(term.regex)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Whether the text has every word a rule needs, in one of its forms. */
export function containsWords(text: SearchableText, { words, caseSensitive }: RequiredWords): boolean {
  const present = caseSensitive ? text.words : text.lowerWords;
  return words.every((forms) => forms.some((form) => present.has(form)));
}
