/** Splits text into comparable terms: lowercase words without stopwords, numbers or plural endings. */

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Word → term (or null when dropped). Vocabularies are far smaller than texts, so remembering each decision
 * makes tokenizing a large corpus mostly map lookups. Shared across calls; it only ever holds real words.
 */
const termOf = new Map<string, string | null>();

export function tokenize(text: string): string[] {
  const terms: string[] = [];
  forEachWord(text, (word) => {
    const term = termOfWord(word);
    if (term !== null) terms.push(term);
  });
  return terms;
}

/** The term a lowercase word stands for, or null when it is dropped (stopword, number, single letter). */
export function termOfWord(word: string): string | null {
  let term = termOf.get(word);
  if (term === undefined) termOf.set(word, (term = toTerm(word)));
  return term;
}

/**
 * Calls `visit` with each lowercase word of `text`. A hand-written scanner rather than `split(regex)`:
 * tokenizing is the largest cost of related papers.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isWordCode(lower.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(lower.slice(start, i));
      start = -1;
    }
  }
}

/** ASCII letters and digits directly; other scripts through Unicode classes (surrogate pairs count as letters). */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return NON_ASCII_WORD_CHAR.test(String.fromCharCode(code));
}

function toTerm(word: string): string | null {
  if (word.length < 2 || STOPWORDS.has(word) || isNumber(word)) return null;
  return stem(word);
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * A deliberately light stemmer: folding plurals is enough to join "networks" with "network", while heavier
 * stemming would merge unrelated technical words (e.g. "quantile" and "quantization").
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"))
    return word.slice(0, -1);
  return word;
}

/**
 * Words that say nothing about a paper's subject: English function words plus the boilerplate of abstracts
 * ("we propose", "results show"). Very common subject words are pruned by document frequency instead.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along also although always am among an and another any are
  around as at be because been before being below between both but by can cannot could did do does doing done down
  during each either else even ever every few for from further had has have having he her here hers him his how however
  i if in into is it its itself just least less like made make makes many may me might more most much must my neither
  no nor not now of off often on once one only onto or other others our ours out over own per rather same several she
  should since so some such than that the their theirs them then there therefore these they this those though three
  through thus to too toward towards two under until up upon us very via was we well were what whatever when where
  whether which while who whom whose why will with within without would yet you your
  propose proposed proposes present presents presented introduce introduces introduced paper work approach method
  methods result results show shows shown demonstrate demonstrates achieve achieves achieved based using use used uses
  new novel existing prior recent recently state art sota significant significantly various different first second
  further furthermore moreover additionally particular specifically respectively e g i e et al etc`.split(/\s+/u),
);
