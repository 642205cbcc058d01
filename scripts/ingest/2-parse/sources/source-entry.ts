/** What every source adapter produces: a digest's entries with their text as given and their structured fields. */
import type { Layout } from "../../../../src/schema/paper";
import type { Warning } from "../../report";

/** The fields a structured source can give beside title and abstract, already validated, text not yet cleaned. */
export interface SourceFields {
  arxivId?: string;
  authors?: string[];
  categories?: string[];
  /** arXiv's first version, as a day. */
  published?: string;
  updated?: string;
  listedOn?: string;
  upvotes?: number;
  comments?: number;
  organization?: { handle: string; name: string };
  githubRepo?: string;
  githubStars?: number;
  projectPage?: string;
  aiSummary?: string;
  aiSummaryModel?: string;
  keywords?: string[];
}

/** Where an entry stands in its file: a line (XML) or an index (JSON), as the report and the pages name it. */
export type EntryPlace = { line: number; index?: never } | { index: number; line?: never };

export type SourceEntry = EntryPlace & {
  /** 1-based position in the listing. */
  position: number;
  title: string;
  /** As given: hard line breaks and blank lines between paragraphs kept, for the cleaner to read. */
  abstract: string;
  fields: SourceFields;
  /** Set when the item cannot be a paper at all (not an object, no paper inside). */
  rejected?: string;
};

export interface SourceDigest {
  layout: Exclude<Layout, "A" | "B" | "C">;
  /** The listing's day (or the day the source answered), when the file says. */
  date?: string;
  entries: SourceEntry[];
  warnings: Warning[];
}

/** A structured file read, or why the whole file was skipped. */
export type SourceRead = { ok: true; digest: SourceDigest } | { ok: false; reason: string; warnings: Warning[] };
