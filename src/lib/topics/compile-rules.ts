/** Turns a topic's match rules into regular expressions once, so assignment is a loop over prepared matchers. */
import type { TopicRules } from "./schema";

/** One rule of a topic, ready to run; `label` is the phrase as written in the taxonomy (shown in explanations). */
export interface CompiledTerm {
  label: string;
  regex: RegExp;
}

export interface CompiledRules {
  terms: CompiledTerm[];
  exclude: RegExp[];
}

/** Letters and digits: what a word boundary must not touch, in any script. */
const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const BEFORE_WORD = `(?<!${WORD_CHAR})`;
const AFTER_WORD = `(?!${WORD_CHAR})`;

export function compileRules(rules: TopicRules): CompiledRules {
  return {
    terms: [
      ...rules.keywords.map((keyword) => ({ label: keyword, regex: keywordRegex(keyword) })),
      ...rules.acronyms.map((acronym) => ({ label: acronym, regex: acronymRegex(acronym) })),
      ...rules.patterns.map((pattern) => ({ label: pattern, regex: new RegExp(pattern, "giu") })),
    ],
    exclude: rules.exclude.map(keywordRegex),
  };
}

/** `mixture of experts` also matches "Mixture-of-Experts"; a trailing `*` allows any word ending. */
export function keywordRegex(keyword: string): RegExp {
  const open = keyword.endsWith("*");
  const words = (open ? keyword.slice(0, -1) : keyword).trim().split(/[\s-]+/u).map(escapeRegex);
  const ending = open ? `${WORD_CHAR}*` : "(?:e?s)?";
  return new RegExp(`${BEFORE_WORD}${words.join(String.raw`[\s-]+`)}${ending}${AFTER_WORD}`, "giu");
}

/** Case-sensitive so `NAS` or `FL` never match ordinary lowercase words; `GNNs` counts as `GNN`. */
export function acronymRegex(acronym: string): RegExp {
  return new RegExp(`${BEFORE_WORD}${escapeRegex(acronym)}s?${AFTER_WORD}`, "gu");
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
