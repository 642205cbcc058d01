/**
 * BibTeX for a paper: an `@misc` entry (listings carry no venue), escaped so hostile titles stay inert text, with
 * arXiv's eprint fields when a source gave the paper's arXiv ID. The key comes from the derived corpus
 * (`cite-keys.ts`), which keeps keys unique across the corpus.
 */
import type { Paper } from "../../schema/paper";
import { dayParts } from "../format";

/** BibTeX's predefined month macros: styles print them in the bibliography's language; `{9}` they print as is. */
const MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** LaTeX for each character BibTeX or LaTeX would read as markup. */
const ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  // Real BibTeX counts every brace, escaped or not, so literal braces are spelt out.
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/**
 * Braces and backslashes would unbalance the entry; `%` starts a comment; the rest is LaTeX-special. One pass, so the
 * braces of an escape are never escaped again.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}~^&%$#_]/g, (char) => ESCAPES[char] ?? `\\${char}`);
}

/**
 * One name of an `author` list. BibTeX splits the list at the word `and` and reads a comma as "Last, First", so a name
 * holding either is braced whole (a literal name, as for a collaboration); other names stay parseable into first and
 * last parts. Accented letters stay as written: BibTeX 8-bit, biber and every current parser read UTF-8.
 */
function bibtexName(name: string): string {
  const escaped = escapeBibtex(name.replace(/\s+/g, " ").trim());
  return /,|(?:^|\s)and(?:\s|$)/i.test(name) ? `{${escaped}}` : escaped;
}

/** What an entry is made of: a paper of the corpus, or a paper of a reader's list, which keeps fewer details. */
export type BibtexSource = Pick<Paper, "title"> & {
  [Field in "authors" | "organization" | "published" | "arxivId" | "categories"]?: Paper[Field] | undefined;
};

export function bibtexEntry(paper: BibtexSource, key: string, url: string): string {
  // Double braces keep the title's capitalisation (FP4, LLMs) when a bibliography style would lowercase it.
  const fields: [string, string][] = [["title", `{{${escapeBibtex(paper.title)}}}`]];
  if (paper.authors) fields.push(["author", `{${paper.authors.map(bibtexName).join(" and ")}}`]);
  if (paper.organization) fields.push(["institution", `{${escapeBibtex(paper.organization.name)}}`]);
  if (paper.published) {
    const { year, month } = dayParts(paper.published);
    fields.push(["year", `{${year}}`], ["month", MONTH_MACROS[month - 1] ?? `{${month}}`]);
  }
  if (paper.arxivId) {
    fields.push(["eprint", `{${paper.arxivId}}`], ["archivePrefix", "{arXiv}"]);
    const primary = paper.categories?.[0];
    if (primary) fields.push(["primaryClass", `{${primary}}`]);
  }
  // The url says where the entry comes from; a `note` saying so too would print in every bibliography.
  fields.push(["url", `{${url}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n");
  return `@misc{${key},\n${body}\n}`;
}
