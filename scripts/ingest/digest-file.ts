/** One digest file from bytes to cleaned entries, through the first three stages: read (decode), parse (blocks, layout, entries) and clean. */
import type { Layout } from "../../src/schema/paper";
import { splitBlocks } from "./2-parse/blocks";
import type { CleanEntry } from "./3-clean/clean-entry";
import { cleanEntry } from "./3-clean/clean-entry";
import { decodeDigest } from "./1-read/decode";
import type { Warning } from "./report";
import { readEntries } from "./2-parse/entries";
import type { ListingDate } from "./2-parse/entry-lines";
import { detectLayout } from "./2-parse/layout";
import { toUnits } from "./2-parse/units";
import { readStructured } from "./2-parse/sources/read-source";
import type { SourceDigest } from "./2-parse/sources/source-entry";
import { cleanSourceEntry } from "./3-clean/clean-source-entry";

export interface DigestInput {
  /** File name within the digests folder. */
  file: string;
  bytes: Uint8Array;
}

export interface ParsedDigest {
  id: string;
  file: string;
  layout: Layout;
  date?: ListingDate;
  dateLine?: number;
  entries: CleanEntry[];
  warnings: Warning[];
}

export type DigestParseResult =
  { ok: true; digest: ParsedDigest } | { ok: false; file: string; reason: string; warnings: Warning[] };

/**
 * A digest's id is its file name without the extension, and its page is `/digests/<id>/`. The digests index numbers
 * its older pages `/digests/1/`, `/digests/2/`, ..., so a whole-number name (`12.txt`) gets a `digest-` prefix.
 */
export function digestId(file: string): string {
  const stem = file.replace(/\.[^.]*$/, "");
  return /^\d+$/.test(stem) ? `digest-${stem}` : stem;
}

/** A structured digest's day, as a listing date whose year is known. */
function listingDate(day: string): ListingDate {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

function sourceDigest(file: string, source: SourceDigest, warnings: readonly Warning[]): ParsedDigest {
  const id = digestId(file);
  return {
    id,
    file,
    layout: source.layout,
    ...(source.date ? { date: listingDate(source.date) } : {}),
    entries: source.entries.map((entry) => cleanSourceEntry(id, file, source.layout, entry)),
    warnings: [...warnings, ...source.warnings],
  };
}

export function parseDigest({ file, bytes }: DigestInput): DigestParseResult {
  const decoded = decodeDigest(file, bytes);
  if (!decoded.ok) return { ok: false, file, reason: decoded.reason, warnings: [] };
  const structured = readStructured(file, decoded.text);
  if (structured.kind === "source") {
    const { read } = structured;
    return read.ok
      ? { ok: true, digest: sourceDigest(file, read.digest, decoded.warnings) }
      : { ok: false, file, reason: read.reason, warnings: [...decoded.warnings, ...read.warnings] };
  }
  const layout = detectLayout(splitBlocks(decoded.text));
  if (!layout.ok) {
    const notStructured = structured.notStructured === undefined ? "" : `${structured.notStructured}; as text: `;
    return {
      ok: false,
      file,
      reason: `${notStructured}unrecognised layout: ${layout.reason}`,
      warnings: decoded.warnings,
    };
  }
  const id = digestId(file);
  const units = toUnits(layout.body, layout.layout === "B");
  const { entries, warnings } = readEntries(file, units);
  const inferred = layout.inferred
    ? [{ file, line: layout.body[0]?.line ?? 1, field: "layout", message: layout.inferred }]
    : [];
  return {
    ok: true,
    digest: {
      id,
      file,
      layout: layout.layout,
      ...(layout.date ? { date: layout.date } : {}),
      ...(layout.dateLine ? { dateLine: layout.dateLine } : {}),
      entries: entries.map((entry) => cleanEntry(id, file, entry)),
      warnings: [...decoded.warnings, ...inferred, ...warnings],
    },
  };
}
