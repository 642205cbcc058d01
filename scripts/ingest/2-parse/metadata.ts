/** Reads a metadata group into fields, noting lines it does not understand. */
import type { ListingDate } from "./entry-lines";
import { isSeparatorLine, parseAuthorsLine, parseDateLine, parseOrganizationLine } from "./entry-lines";
import type { MetaUnit } from "./units";

export interface EntryMetadata {
  line: number;
  authorsCount?: number;
  organization?: { handle: string; name: string };
  date?: ListingDate;
  upvotes?: number;
  /** Lines of the group that fit no rule, or whose value cannot be used, with why. */
  unknown: Array<{ line: number; text: string; reason?: string }>;
}

export function parseMetadata(unit: MetaUnit): EntryMetadata {
  const metadata: EntryMetadata = { line: unit.line, unknown: [] };
  unit.lines.forEach((text, i) => {
    const line = unit.line + i;
    const authors = parseAuthorsLine(text);
    const dateLine = parseDateLine(text);
    const isOrganization = isSeparatorLine(unit.lines[i + 1] ?? "") && !isSeparatorLine(text);
    // A paper has at least one author: a zero count is a bad field, dropped so that it costs the field, not the paper.
    if (authors === 0) metadata.unknown.push({ line, text, reason: "an author count must be at least 1" });
    else if (authors !== undefined) metadata.authorsCount = authors;
    else if (isSeparatorLine(text)) return;
    else if (dateLine) {
      metadata.date = dateLine.date;
      if (dateLine.upvotes !== undefined) metadata.upvotes = dateLine.upvotes;
    } else if (isOrganization) {
      const organization = parseOrganizationLine(text);
      if (organization) metadata.organization = organization;
      else metadata.unknown.push({ line, text });
    } else metadata.unknown.push({ line, text });
  });
  return metadata;
}
