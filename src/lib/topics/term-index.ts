/**
 * Which rules could match a text, found by looking the text's words up in an index of the rules' required words,
 * rather than asking each of the taxonomy's hundreds of rules about each paper. A rule is filed under its first
 * (longest) word and is a candidate when the text also has its other words; only candidates run their regular
 * expression. Rules without a whole required word are candidates when their stem is in the text (`quantiz*`) or,
 * for raw patterns, always.
 */
import type { CompiledTerm } from "./compile-rules";
import { containsWords, mayMatch, type SearchableText } from "./count-matches";

export class TermIndex {
  private readonly byWord = new Map<string, CompiledTerm[]>();
  private readonly byLowerWord = new Map<string, CompiledTerm[]>();
  private readonly unindexed: CompiledTerm[] = [];

  constructor(terms: Iterable<CompiledTerm>) {
    for (const term of terms) {
      const required = term.requiredWords;
      if (required === undefined) {
        this.unindexed.push(term);
        continue;
      }
      const index = required.caseSensitive ? this.byWord : this.byLowerWord;
      for (const form of required.words[0] ?? []) {
        const list = index.get(form);
        if (list) list.push(term);
        else index.set(form, [term]);
      }
    }
  }

  candidates(text: SearchableText): Set<CompiledTerm> {
    const found = new Set(this.unindexed.filter((term) => mayMatch(text, term)));
    const add = (term: CompiledTerm): void => {
      if (term.requiredWords && containsWords(text, term.requiredWords)) found.add(term);
    };
    for (const word of text.words) this.byWord.get(word)?.forEach(add);
    for (const word of text.lowerWords) this.byLowerWord.get(word)?.forEach(add);
    return found;
  }
}
