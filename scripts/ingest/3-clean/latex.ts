/**
 * Turns LaTeX residue in scraped titles and abstracts into readable Unicode. Emphasis survives as marker
 * characters that `inline.ts` turns into mdast nodes; genuine math keeps its shape with symbols made readable.
 */
import { collapseWhitespace } from "../1-read/whitespace";
import { lostScripts } from "./lost-scripts";
import { SYMBOLS } from "./tex-symbols";

export const EM_OPEN = "\uE000";
export const EM_CLOSE = "\uE001";
export const STRONG_OPEN = "\uE002";
export const STRONG_CLOSE = "\uE003";

/** Combining marks for LaTeX accent commands (`\"i` → ï once NFC composes them). */
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
};

/**
 * Delimiter macros whose names occur in no English word, so a scraper's `lceillog_2 Krceil` can only mean
 * `\lceil\log_2 K\rceil`, glued to letters or not. (`langle`/`rangle` are left alone: "wrangle".)
 */
const GLUED_DELIMITERS = "lceil|rceil|lfloor|rfloor";

/** Abbreviation macros common in papers' preambles. */
const ABBREVIATIONS: Record<string, string> = {
  eg: "e.g.",
  ie: "i.e.",
  etal: "et al.",
  vs: "vs.",
  etc: "etc.",
  cf: "cf.",
  wrt: "w.r.t.",
};

const TEXT_COMMANDS =
  "text|textrm|textsf|texttt|textsc|textnormal|mathrm|mathsf|mathtt|mathcal|mathbf|mathit|operatorname|mbox";
const EM_COMMANDS = "emph|textit|textsl|mathit";
const STRONG_COMMANDS = "textbf|mathbf|bm|boldsymbol";
/** Every command read here with a braced argument: the names whose lost backslash is restored. */
const BRACED_COMMANDS = [
  ...new Set([TEXT_COMMANDS, EM_COMMANDS, STRONG_COMMANDS, "href|url"].flatMap((names) => names.split("|"))),
].join("|");

type Rewrite = (text: string) => string;

const removeMarkers: Rewrite = (text) => text.replace(/[\uE000-\uE003]/g, "");

/**
 * Scrapers drop backslashes: `text{depth}`, `textbf{x}`, `href{url}{url}`, `2.86times`. A command this module
 * knows, glued to its brace and not the end of a longer word, gets its backslash back so the rules below read it;
 * so does `times` right after a digit, which in prose always means `\times`, and a delimiter no word contains
 * (an empty group ends its name, as in `\lceil{}log`).
 */
const lostBackslashes: Rewrite = (text) =>
  text
    .replace(new RegExp(`(?<![\\\\\\p{L}])(${BRACED_COMMANDS})(?=\\{)`, "gu"), "\\$1")
    .replace(/(?<=\d)times(?!\p{L})/gu, "\\times")
    .replace(new RegExp(`(?<!\\\\)(${GLUED_DELIMITERS})`, "g"), "\\$1{}");

/**
 * A command whose first argument is an address is a link whatever its name (`\href`, a macro of the paper's
 * own): the address stays once, with its label when the label says something else. `\url{x}` keeps `x`.
 */
const links: Rewrite = (text) =>
  text
    .replace(/\\[A-Za-z]+\{(https?:[^{}\s]*)\}\{([^{}]*)\}/g, (_m, url: string, label: string) =>
      label === url || label.trim() === "" ? url : `${label} (${url})`,
    )
    .replace(/\\url\{([^{}]*)\}/g, "$1");

/** An address glued to the word before it (`SequeLhttps://…` once `\url` is gone) is a word of its own. */
const separateAddresses: Rewrite = (text) => text.replace(/(?<=[\p{L}\p{N}])(?=https?:\/\/)/gu, " ");

const quotes: Rewrite = (text) =>
  text
    .replace(/``([^`'"]*?)''/g, "“$1”")
    .replace(/(^|[\s(])`([^`']*?)'(?![a-z])/g, "$1‘$2’")
    .replace(/``/g, "“")
    .replace(/''/g, "”");

/** `\"{\i}`, `\"i`, `\'{e}`, `\c c`: base letter plus combining mark; NFC composes them later. */
const accents: Rewrite = (text) =>
  text.replace(
    /\\(['`^"~=.]|[uvHck](?=[{\s]))\s*(?:\{\s*(\\i|\\j|[A-Za-z])\s*\}|(\\i|\\j|[A-Za-z]))/g,
    (_m, accent: string, braced: string | undefined, bare: string | undefined) => {
      const letter = (braced ?? bare ?? "").replace(/^\\([ij])$/, "$1");
      return letter + (ACCENTS[accent] ?? "");
    },
  );

/** `{\em x}`, `{\emph x}`, `\emph{x}`, `\textbf{x}` → marked emphasis; nesting one level deep is enough here. */
const emphasis: Rewrite = (text) =>
  text
    .replace(new RegExp(`\\{\\\\(?:em|it|sl|${EM_COMMANDS})\\s+([^{}]*)\\}`, "g"), `${EM_OPEN}$1${EM_CLOSE}`)
    .replace(new RegExp(`\\{\\\\(?:bf|${STRONG_COMMANDS})\\s+([^{}]*)\\}`, "g"), `${STRONG_OPEN}$1${STRONG_CLOSE}`)
    .replace(new RegExp(`\\\\(?:${EM_COMMANDS})\\{([^{}]*)\\}`, "g"), `${EM_OPEN}$1${EM_CLOSE}`)
    .replace(new RegExp(`\\\\(?:${STRONG_COMMANDS})\\{([^{}]*)\\}`, "g"), `${STRONG_OPEN}$1${STRONG_CLOSE}`);

/** `\text{x}` keeps only its argument. */
const textCommands: Rewrite = (text) => text.replace(new RegExp(`\\\\(?:${TEXT_COMMANDS})\\{([^{}]*)\\}`, "g"), "$1");

const escapes: Rewrite = (text) =>
  text
    .replace(/\\([%&$#_{}])/g, "$1")
    .replace(/\\(?:,|;|:|!| )/g, " ")
    .replace(/\\\\/g, " ");

/**
 * A tie `~` glued to the word before it is a space: before a word, a command, an opening bracket or quote
 * (`Network~(FFN)`), or a number after a word (`Table~2`, `Fig.~3`). `approx ~10%` (approximately) is left alone.
 */
const ties: Rewrite = (text) =>
  text.replace(/(?<=[\p{L}\p{N}.,)\]])~(?=[\p{L}\\([{"“‘'])|(?<=[\p{L}.])~(?=\p{N})/gu, " ");

/**
 * LaTeX's dashes: `---` is an em dash, `--` an en dash (`30--50%`), as TeX typesets them; longer runs of hyphens
 * and addresses keep theirs.
 */
const dashes: Rewrite = (text) =>
  text.replace(
    /(https?:\/\/\S+)|(?<!-)(-{2,3})(?!-)/g,
    (whole, url: string | undefined, run: string | undefined) =>
      url ?? (run === "---" ? "—" : run === "--" ? "–" : whole),
  );

/** Dollar pairs are math only when their content reads as math; `$5 and $6` stays prose. */
function isMath(inner: string): boolean {
  return /[\\^_=]/.test(inner) || /^\s*[A-Za-z]\s*$/.test(inner);
}

/** Inline math keeps its content, with commands as symbols and `^{..}`/`_{..}` braces dropped. */
const math: Rewrite = (text) =>
  text.replace(/(?<!\\)\$([^$\n]{1,200}?)(?<!\\)\$/g, (whole, inner: string) =>
    isMath(inner)
      ? inner
          .replace(/([_^])\{([^{}]*)\}/g, "$1$2")
          .replace(/\s+/g, " ")
          .trim()
      : whole,
  );

/** Remaining macros: known ones become symbols or abbreviations; unknown ones (`\tool`) lose the backslash. */
const commands: Rewrite = (text) =>
  text.replace(/\\([A-Za-z]+)(\{\})?/g, (_m, name: string) => SYMBOLS[name] ?? ABBREVIATIONS[name] ?? name);

const whitespace: Rewrite = collapseWhitespace;

/**
 * Each rewrite with the characters it needs: most abstracts hold no LaTeX at all, and a substring test is far
 * cheaper than a regular expression pass (the ingest runs these on every paragraph of every digest).
 */
const REWRITES: ReadonlyArray<[Rewrite, RegExp]> = [
  [removeMarkers, /[\uE000-\uE003]/],
  [lostBackslashes, /[A-Za-z]\{|\dtimes|ceil|floor/],
  [links, /\\[A-Za-z]+\{https?:|\\url\{/],
  [quotes, /`|''/],
  [accents, /\\/],
  [emphasis, /\\/],
  [textCommands, /\{/],
  [math, /\$/],
  [escapes, /\\/],
  [ties, /~/],
  [commands, /\\/],
  [lostScripts, /[_^]/],
  [dashes, /--/],
  [separateAddresses, /[\p{L}\p{N}]https?:\/\//u],
  [whitespace, /\s/],
];
/** Cleans one paragraph of scraped text; emphasis stays as marker characters. */
export function cleanLatex(text: string): string {
  let value = text;
  for (const [rewrite, needs] of REWRITES) if (needs.test(value)) value = rewrite(value);
  return value.normalize("NFC");
}

/** The same text with emphasis markers removed: what titles, frontmatter and search use. */
export function plainText(cleaned: string): string {
  return removeMarkers(cleaned);
}
