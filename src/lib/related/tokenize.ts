/** Splits text into comparable terms: lowercase words without stopwords, numbers or plural endings. */
import { STOPWORDS } from "./stopwords";

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const HAS_LETTER = /\p{L}/u;

export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().split(SEPARATORS)) {
    if (word.length < 2 || STOPWORDS.has(word) || !HAS_LETTER.test(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

/**
 * A deliberately light stemmer: folding plurals is enough to join "networks" with "network", while heavier
 * stemming would merge unrelated technical words (e.g. "quantile" and "quantization").
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}
