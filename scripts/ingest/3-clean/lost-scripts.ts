/**
 * Sub- and superscripts whose macros lost their backslash when the page was scraped: `Intel^circledR`,
 * `Core^{TM}`, `W^star`, `Re_{tau}`. A macro name right after `^` or `_` is unambiguous where no word or identifier
 * reads that way: in braces always, bare only at a word's end, and for `_` only after a one-letter or short
 * capitalised symbol (`x_alpha`, `Re_tau`), never in identifiers such as `lr_alpha` or `scaling_laws`.
 */
import { GREEK, SYMBOLS } from "./tex-symbols";

/** Marks typeset as superscripts: they are raised glyphs already, so the caret goes with the name. */
const SUPERSCRIPT_MARKS: Record<string, string> = {
  circledR: "®",
  registered: "®",
  textregistered: "®",
  TM: "™",
  texttrademark: "™",
  trademark: "™",
  copyright: "©",
  textcopyright: "©",
  star: "*",
  ast: "*",
  dagger: "†",
  dag: "†",
  ddagger: "‡",
  ddag: "‡",
  prime: "′",
  circ: "°",
};

/** Relations and operators glued to a script's closing brace (`Re_{tau}approx 180`): names no word ends with there. */
const GLUED_RELATIONS = ["approx", "sim", "leq", "geq", "neq", "times", "cdot", "pm"];

/** Font-size commands say nothing in plain text: `^{tiny TM}` is `^{TM}`. */
const SIZES = "tiny|scriptsize|footnotesize|small|normalsize|large|Large";

const names = (table: Record<string, string>): string => Object.keys(table).join("|");
const GREEK_NAMES = names(GREEK);
const MARK_NAMES = names(SUPERSCRIPT_MARKS);
const GREEK_LETTER = `[${Object.values(GREEK).join("")}]`;

/** Script groups in braces, a size command allowed: `^{TM}`, `^{tiny TM}`, `_{tau}`, `_{τ}` (a `\tau` already read). */
const braces = (scripts: string, content: string): RegExp =>
  new RegExp(`(${scripts})\\{\\s*(?:(?:${SIZES})\\s+)?(${content})\\s*\\}`, "gu");
const BRACED_MARK = braces("\\^", MARK_NAMES);
const BRACED_GREEK = braces("[_^]", `${GREEK_NAMES}|${GREEK_LETTER}`);
// Each pattern opens with its `^`, `_` or brace, so the engine tries the lookbehinds only where one stands.
const GLUED_RELATION = new RegExp(`([_^]\\{[^{}\\s]{1,40}\\})(${GLUED_RELATIONS.join("|")})(?![\\p{L}\\p{N}])`, "gu");
/** A bare name ends where no letter, digit or underscore follows. */
const BARE_MARK = new RegExp(`\\^(?<=\\S\\^)(${MARK_NAMES})(?![\\p{L}\\p{N}_])`, "gu");
const BARE_GREEK_SUPERSCRIPT = new RegExp(`\\^(?<=[\\p{L}\\p{N})\\]]\\^)(${GREEK_NAMES})(?![\\p{L}\\p{N}_])`, "gu");
/** A math symbol (`x`, `Re`, `Pr`) as the base of a subscript, not part of a longer identifier or path. */
const BARE_GREEK_SUBSCRIPT = new RegExp(
  `_(?<=(?<![\\p{L}\\p{N}_./\\\\-])(?:[A-Za-z]|[A-Z][a-z]{1,2})_)(${GREEK_NAMES})(?![\\p{L}\\p{N}_])`,
  "gu",
);

function outsideAddresses(text: string): string {
  return text
    .replace(GLUED_RELATION, (_whole, group: string, name: string) => `${group} ${SYMBOLS[name] ?? name}`)
    .replace(BRACED_MARK, (_whole, _script: string, name: string) => SUPERSCRIPT_MARKS[name] ?? name)
    .replace(BRACED_GREEK, (_whole, script: string, name: string) => `${script}${GREEK[name] ?? name}`)
    .replace(BARE_MARK, (_whole, name: string) => SUPERSCRIPT_MARKS[name] ?? name)
    .replace(BARE_GREEK_SUPERSCRIPT, (_whole, name: string) => `^${GREEK[name] ?? name}`)
    .replace(BARE_GREEK_SUBSCRIPT, (_whole, name: string) => `_${GREEK[name] ?? name}`);
}

/** Addresses keep their underscores and carets: the rules apply between them. */
export function lostScripts(text: string): string {
  return text
    .split(/(https?:\/\/\S+)/)
    .map((part, i) => (i % 2 === 1 ? part : outsideAddresses(part)))
    .join("");
}
