/**
 * The reading list as CSV (RFC 4180): every field quoted, quotes doubled, CRLF between records, so titles with
 * commas, quotes or line breaks stay one field. A field that a spreadsheet would run as a formula (one starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as OWASP advises, so an
 * imported title can never compute anything on the reader's machine.
 */
import type { SavedPaper } from "../../schema/reading-list";

const HEADER = ["title", "authors", "published", "url", "saved", "read"];

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${inert.replace(/"/g, '""')}"`;
}

const authorsOf = (paper: SavedPaper): string =>
  paper.authors ? paper.authors.join("; ") : paper.authorsCount ? `${paper.authorsCount} authors` : "";

export function readingListCsv(papers: readonly SavedPaper[]): string {
  const rows = papers.map((paper) => [
    paper.title,
    authorsOf(paper),
    paper.published ?? "",
    paper.url,
    paper.savedAt,
    paper.read ? "yes" : "no",
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
