/** Turns a topic's match rules into regular expressions once, so assignment is a loop over prepared matchers. */
import type { TopicRules } from "../../schema/taxonomy";

/**
 * One rule of a topic, ready to run; `label` is the phrase as written in the taxonomy (shown in explanations).
 * `requiredWords` are whole words every match contains: looking them up in the text's word set first skips the
 * regex for the vast majority of (rule, paper) pairs, which keeps assignment fast on large corpora.
 */
export interface CompiledTerm {
  label: string;
  regex: RegExp;
  requiredWords?: RequiredWords;
  /**
   * Lowercase text every match contains, for rules with no whole word to look up (`quantiz*`): a substring test on
   * the lowercased text is far cheaper than running the regex over every abstract.
   */
  requiredStem?: string;
}

export interface RequiredWords {
  /**
   * Every whole word of the rule, longest first; each as the forms it may take in the text (lowercase unless
   * `caseSensitive`; the last word of a keyword also with its plurals). A match needs one form of each.
   */
  words: ReadonlyArray<readonly string[]>;
  caseSensitive: boolean;
}

export interface CompiledRules {
  terms: CompiledTerm[];
  exclude: CompiledTerm[];
}

/** Letters and digits: what a word boundary must not touch, in any script. */
const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const BEFORE_WORD = `(?<!${WORD_CHAR})`;
const AFTER_WORD = `(?!${WORD_CHAR})`;

export function compileRules(rules: TopicRules): CompiledRules {
  return {
    terms: [
      ...rules.keywords.map(compileKeyword),
      ...rules.acronyms.map((acronym) => ({
        label: acronym,
        regex: acronymRegex(acronym),
        ...requiredWordsOf(acronym, { caseSensitive: true, open: false }),
      })),
      ...rules.patterns.map((pattern) => ({ label: pattern, regex: new RegExp(pattern, "giu") })),
    ],
    exclude: rules.exclude.map(compileKeyword),
  };
}

function compileKeyword(keyword: string): CompiledTerm {
  const open = keyword.endsWith("*");
  const required = requiredWordsOf(keyword.replace(/\*$/u, ""), { caseSensitive: false, open });
  const stem = keywordWords(keyword).at(-1)?.toLowerCase() ?? "";
  return {
    label: keyword,
    regex: keywordRegex(keyword),
    ...(required.requiredWords === undefined && stem !== "" ? { requiredStem: stem } : required),
  };
}

/**
 * The whole words of a rule, split the way `splitWords` splits texts (on anything but letters and digits) so the
 * two always agree. An open-ended last word (`quantiz*`) is never whole, so it cannot be required.
 */
function requiredWordsOf(
  rule: string,
  { caseSensitive, open }: { caseSensitive: boolean; open: boolean },
): { requiredWords?: RequiredWords } {
  const words = splitWords(caseSensitive ? rule : rule.toLowerCase());
  const whole = open ? words.slice(0, -1) : words;
  if (whole.length === 0) return {};
  const last = words.length - 1;
  const forms = whole.map((word, position) => (position === last ? [word, `${word}s`, `${word}es`] : [word]));
  // Longest first: the term index files a rule under its first word, and long words are the rarest.
  forms.sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0));
  return { requiredWords: { words: forms, caseSensitive } };
}

/** Words of a text: maximal runs of letters and digits. */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** `mixture of experts` also matches "Mixture-of-Experts"; a trailing `*` allows any word ending. */
export function keywordRegex(keyword: string): RegExp {
  const open = keyword.endsWith("*");
  const words = keywordWords(keyword).map(escapeRegex);
  const ending = open ? `${WORD_CHAR}*` : "(?:e?s)?";
  return new RegExp(`${BEFORE_WORD}${words.join(String.raw`[\s-]+`)}${ending}${AFTER_WORD}`, "giu");
}

/** Case-sensitive so `NAS` or `FL` never match ordinary lowercase words; `GNNs` counts as `GNN`. */
export function acronymRegex(acronym: string): RegExp {
  return new RegExp(`${BEFORE_WORD}${escapeRegex(acronym)}s?${AFTER_WORD}`, "gu");
}

function keywordWords(keyword: string): string[] {
  return keyword
    .replace(/\*$/u, "")
    .trim()
    .split(/[\s-]+/u);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
