/**
 * Reads a metadata group into fields, noting lines it does not understand. A value that cannot be right costs
 * its field, never the paper: it is left out and noted with the field it would have filled.
 */
import type { DateLine, ListingDate } from "./entry-lines";
import { isSeparatorLine, parseAuthorsLine, parseDateLine, parseOrganizationLine } from "./entry-lines";
import type { MetaUnit } from "./units";

/** A line of the group that fits no rule (no `field`), or whose value cannot be used. */
export interface MetadataProblem {
  line: number;
  text: string;
  /** The page field the line would have filled. */
  field?: string;
  /** Why the value cannot be used, what the paper keeps instead when not nothing, and how to fix it. */
  why?: string;
  instead?: string;
  fix?: string;
}

export interface EntryMetadata {
  line: number;
  authorsCount?: number;
  organization?: { handle: string; name: string };
  date?: ListingDate;
  /** Line of the date line, where a date that turns out impossible is reported. */
  dateLine?: number;
  upvotes?: number;
  unknown: MetadataProblem[];
}

/** The longest author lists (large physics collaborations) have about 5,000 names. */
const MAX_AUTHORS = 10_000;
/** The most-upvoted daily papers have a few thousand upvotes. */
const MAX_UPVOTES = 1_000_000;
/** Listings show recent papers; a year outside this range is a typo, and it would skew the year inferred for others. */
const YEARS = { min: 1900, max: 2100 };

type Problem = Pick<MetadataProblem, "why" | "instead" | "fix">;

function authorsProblem(count: number): Problem | undefined {
  if (count === 0) return { why: "a paper has at least one author", fix: "fix the count or delete the line" };
  if (count > MAX_AUTHORS) return { why: `no paper has more than ${MAX_AUTHORS} authors`, fix: "fix the count" };
  return undefined;
}

function upvotesProblem(upvotes: number | undefined): Problem | undefined {
  if (upvotes === undefined || upvotes <= MAX_UPVOTES) return undefined;
  return { why: `beyond any real upvote count (at most ${MAX_UPVOTES})`, fix: "fix the number or delete it" };
}

function yearProblem({ year }: ListingDate): Problem | undefined {
  if (year === undefined || (year >= YEARS.min && year <= YEARS.max)) return undefined;
  return { why: `the year ${year} is outside ${YEARS.min}–${YEARS.max}`, fix: "fix the year" };
}

const SECOND = (what: string): Problem => ({
  why: `a second ${what} in this group`,
  instead: "the first one stands",
  fix: "delete one",
});

type Drop = (field: string, problem: Problem) => void;

function readAuthors(metadata: EntryMetadata, count: number, drop: Drop): void {
  const problem = authorsProblem(count) ?? (metadata.authorsCount === undefined ? undefined : SECOND("author count"));
  if (problem) drop("authorsCount", problem);
  else metadata.authorsCount = count;
}

function readDate(metadata: EntryMetadata, { date, upvotes }: DateLine, line: number, drop: Drop): void {
  if (metadata.dateLine !== undefined) {
    drop("published", SECOND("date line"));
    return;
  }
  metadata.dateLine = line;
  const badDate = yearProblem(date);
  if (badDate) drop("published", badDate);
  else metadata.date = date;
  const badUpvotes = upvotesProblem(upvotes);
  if (badUpvotes) drop("upvotes", badUpvotes);
  else if (upvotes !== undefined) metadata.upvotes = upvotes;
}

export function parseMetadata(unit: MetaUnit): EntryMetadata {
  const metadata: EntryMetadata = { line: unit.line, unknown: [] };
  unit.lines.forEach((text, i) => {
    const line = unit.line + i;
    const drop: Drop = (field, problem) => metadata.unknown.push({ line, text, field, ...problem });
    const authors = parseAuthorsLine(text);
    const dateLine = parseDateLine(text);
    if (authors !== undefined) readAuthors(metadata, authors, drop);
    else if (isSeparatorLine(text)) return;
    else if (dateLine) readDate(metadata, dateLine, line, drop);
    else if (isSeparatorLine(unit.lines[i + 1] ?? "")) {
      const organization = parseOrganizationLine(text);
      if (!organization) metadata.unknown.push({ line, text });
      else if (metadata.organization) drop("organization", SECOND("organisation"));
      else metadata.organization = organization;
    } else metadata.unknown.push({ line, text });
  });
  return metadata;
}
