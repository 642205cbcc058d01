/**
 * The entry grammar: title, abstract paragraph(s), optional metadata group. Entries without metadata
 * alternate title and abstract, so the grammar tells the two apart by shape, looking one unit ahead.
 */
import type { Warning } from "../report";
import type { EntryMetadata } from "./metadata";
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

function looksLikeTitle(unit: Unit | undefined): boolean {
  if (unit?.kind !== "text" || unit.lines.length > 1) return false;
  const text = unitText(unit);
  return text.length <= 250 && !/\.["”)]?$/.test(text);
}

function looksLikeAbstract(unit: Unit | undefined): boolean {
  if (unit?.kind !== "text") return false;
  const text = unitText(unit);
  return text.length > MAX_TITLE_LENGTH || /[.!?]["”)]?$/.test(text);
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
        for (const { line, text, reason } of current.metadata.unknown) {
          const what = reason
            ? `${reason}: ${JSON.stringify(text)}`
            : `unrecognised metadata line ${JSON.stringify(text)}`;
          warnings.push({ file, line, message: `${what}; ignored` });
        }
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

  for (const entry of entries) {
    if (!entry.rejected && entry.abstract.length === 0) {
      const where = entry === entries.at(-1) && !entry.metadata ? " at the end of the file" : "";
      warnings.push({ file, line: entry.line, message: `entry has a title but no abstract${where}; kept without one` });
    }
  }
  return { entries, warnings };
}
