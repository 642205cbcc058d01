/** Turns a topic's match rules into regular expressions once, so assignment is a loop over prepared matchers. */
import type { TopicRules } from "./schema";

/**
 * One rule of a topic, ready to run; `label` is the phrase as written in the taxonomy (shown in explanations).
 * `requiredWord` is a whole word every match contains: looking it up in the text's word set first skips the
 * regex for the vast majority of (rule, paper) pairs, which keeps assignment fast on large corpora.
 */
export interface CompiledTerm {
  label: string;
  regex: RegExp;
  requiredWord?: RequiredWord;
  /**
   * Lowercase text every match contains, for rules with no whole word to look up (`quantiz*`): a substring test on
   * the lowercased text is far cheaper than running the regex over every abstract.
   */
  requiredStem?: string;
}

export interface RequiredWord {
  /** The word as it may appear in the text (lowercase unless `caseSensitive`), with its plurals when allowed. */
  forms: readonly string[];
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
        ...requiredWordOf(acronym, { caseSensitive: true, open: false }),
      })),
      ...rules.patterns.map((pattern) => ({ label: pattern, regex: new RegExp(pattern, "giu") })),
    ],
    exclude: rules.exclude.map(compileKeyword),
  };
}

function compileKeyword(keyword: string): CompiledTerm {
  const open = keyword.endsWith("*");
  const required = requiredWordOf(keyword.replace(/\*$/u, ""), { caseSensitive: false, open });
  const stem = keywordWords(keyword).at(-1)?.toLowerCase() ?? "";
  return {
    label: keyword,
    regex: keywordRegex(keyword),
    ...(required.requiredWord === undefined && stem !== "" ? { requiredStem: stem } : required),
  };
}

/**
 * The longest whole word of a rule, split the way `splitWords` splits texts (on anything but letters and digits)
 * so the two always agree. An open-ended last word (`quantiz*`) is never whole, so it cannot be required.
 */
function requiredWordOf(
  rule: string,
  { caseSensitive, open }: { caseSensitive: boolean; open: boolean },
): { requiredWord?: RequiredWord } {
  const words = splitWords(caseSensitive ? rule : rule.toLowerCase());
  const whole = open ? words.slice(0, -1) : words;
  const longest = whole.reduce((best, word) => (word.length > best.length ? word : best), "");
  if (longest === "") return {};
  const forms = longest === words.at(-1) ? [longest, `${longest}s`, `${longest}es`] : [longest];
  return { requiredWord: { forms, caseSensitive } };
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
