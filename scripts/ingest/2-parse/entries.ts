/**
 * The entry grammar: title, abstract paragraph(s), optional metadata group. Entries without metadata
 * alternate title and abstract, so the grammar tells the two apart by shape, looking one unit ahead.
 */
import type { Warning } from "../report";
import type { EntryMetadata, MetadataProblem } from "./metadata";
import { parseMetadata } from "./metadata";
import type { TextUnit, Unit } from "./units";
import { collapseWhitespace } from "../1-read/whitespace";

export interface RawEntry {
  /** 1-based position within the digest, counting every entry read (published or not). */
  position: number;
  /** Line of the title (or of the stray paragraph, for a rejected entry). */
  line: number;
  title: string;
  /** Abstract paragraphs as read, lines joined with spaces. */
  abstract: string[];
  metadata?: EntryMetadata;
  /** Set when the entry cannot be published. */
  rejected?: string;
}

/** Longest plausible title; a longer paragraph where a title is due is an abstract that lost its title. */
const MAX_TITLE_LENGTH = 300;

const unitTexts = new WeakMap<TextUnit, string>();

/** The grammar asks for a unit's text several times while looking ahead; join it once. */
function unitText(unit: TextUnit): string {
  let text = unitTexts.get(unit);
  if (text === undefined) {
    text = collapseWhitespace(unit.lines.join(" "));
    unitTexts.set(unit, text);
  }
  return text;
}

/** A title is short and is not a sentence. */
export function isTitleShaped(text: string): boolean {
  return text.length <= 250 && !/\.["”)]?$/.test(text);
}

/** An abstract is long or ends a sentence. */
export function isAbstractShaped(text: string): boolean {
  return text.length > MAX_TITLE_LENGTH || /[.!?]["”)]?$/.test(text);
}

function looksLikeTitle(unit: Unit | undefined): boolean {
  return unit?.kind === "text" && unit.lines.length === 1 && isTitleShaped(unitText(unit));
}

function looksLikeAbstract(unit: Unit | undefined): boolean {
  return unit?.kind === "text" && isAbstractShaped(unitText(unit));
}

/** A wrapped line's continuation starts in lower case; a new title or abstract does not. */
function startsLowercase(unit: Unit | undefined): boolean {
  return unit?.kind === "text" && /^[a-z]/.test(unitText(unit));
}

/** A short line followed by an abstract-shaped paragraph opens the next entry. */
function opensEntry(unit: TextUnit, next: Unit | undefined): boolean {
  return looksLikeTitle(unit) && !startsLowercase(next) && (next === undefined || looksLikeAbstract(next));
}

/** A paragraph after an abstract either continues it (a wrapped line, a second paragraph) or is the next title. */
function continuesAbstract(previous: string, unit: TextUnit, next: Unit | undefined): boolean {
  const text = unitText(unit);
  if (text.length > MAX_TITLE_LENGTH || next?.kind === "meta") return true;
  if (opensEntry(unit, next)) return false;
  if (/[.!?:]["”')\]]?$/.test(previous) && looksLikeTitle(unit)) return false;
  return !/[.!?:]["”')\]]?$/.test(previous) || /\.["”)]?$/.test(text);
}

type State = "title" | "abstract" | "more";

/** A sentence's end, with any closing quotes and brackets, or an address (abstracts often end with their code's). */
const COMPLETE_ENDING = /(?:[.!?…]["”’')\]]*|https?:\/\/\S+)$/;

/**
 * The file ends inside an abstract when its last entry has no metadata group and its abstract, the file's last
 * text, ends without final punctuation: the listing was cut off when it was copied.
 */
function cutOffAbstract(file: string, last: RawEntry | undefined, lastUnit: Unit | undefined): Warning | undefined {
  const ending = last?.abstract.at(-1);
  if (!last || last.rejected || last.metadata || ending === undefined || lastUnit?.kind !== "text") return undefined;
  if (COMPLETE_ENDING.test(ending)) return undefined;
  return {
    file,
    line: lastUnit.line + lastUnit.lines.length - 1,
    field: "abstract",
    message: `the file ends inside this abstract ("…${Array.from(ending).slice(-40).join("")}"), with no final punctuation: it looks cut off; kept as it stands; copy the rest of the listing to complete it`,
  };
}

/** A bad value costs its field, said as such; a line that fits no rule is only noted. */
function metadataWarning(file: string, { line, text, field, why, instead, fix }: MetadataProblem): Warning {
  if (field === undefined)
    return { file, line, message: `unrecognised metadata line ${JSON.stringify(text)}; ignored` };
  const parts = [why ?? "unusable", instead ?? "the paper is kept without this field", ...(fix ? [fix] : [])];
  return { file, line, field, message: `${JSON.stringify(text)}: ${parts.join("; ")}` };
}

export function readEntries(file: string, units: readonly Unit[]): { entries: RawEntry[]; warnings: Warning[] } {
  const entries: RawEntry[] = [];
  const warnings: Warning[] = [];
  let current: RawEntry | undefined;
  let state: State = "title";

  const startEntry = (unit: TextUnit): void => {
    const text = unitText(unit);
    const entry: RawEntry = { position: entries.length + 1, line: unit.line, title: text, abstract: [] };
    if (text.length > MAX_TITLE_LENGTH) {
      entry.title = "";
      entry.abstract = [text];
      entry.rejected = `a ${text.length}-character paragraph stands where a title is expected (an abstract without its title)`;
      state = "title";
    } else {
      state = "abstract";
    }
    entries.push(entry);
    current = entry;
  };

  units.forEach((unit, i) => {
    const next = units[i + 1];
    if (unit.kind === "meta") {
      if (!current || current.metadata || current.rejected) {
        warnings.push({ file, line: unit.line, message: "metadata without an entry before it; ignored" });
      } else {
        current.metadata = parseMetadata(unit);
        for (const problem of current.metadata.unknown) warnings.push(metadataWarning(file, problem));
      }
      state = "title";
      return;
    }
    if (state === "abstract" && current) {
      if (next !== undefined && opensEntry(unit, next) && !looksLikeAbstract(unit)) {
        startEntry(unit);
        return;
      }
      current.abstract.push(unitText(unit));
      state = "more";
      return;
    }
    if (state === "more" && current && continuesAbstract(current.abstract.at(-1) ?? "", unit, next)) {
      current.abstract.push(unitText(unit));
      return;
    }
    startEntry(unit);
  });

  const cutOff = cutOffAbstract(file, entries.at(-1), units.at(-1));
  if (cutOff) warnings.push(cutOff);
  for (const entry of entries) {
    if (!entry.rejected && entry.abstract.length === 0) {
      const where = entry === entries.at(-1) && !entry.metadata ? " at the end of the file" : "";
      warnings.push({ file, line: entry.line, message: `entry has a title but no abstract${where}; kept without one` });
    }
  }
  return { entries, warnings };
}
