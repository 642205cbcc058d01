/**
 * BibTeX for a paper: an `@misc` entry (listings carry no venue), escaped so hostile titles stay inert text. The key
 * comes from the derived corpus (`cite-keys.ts`), which keeps keys unique across the corpus.
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

export function bibtexEntry(paper: Paper, key: string, url: string): string {
  // Double braces keep the title's capitalisation (FP4, LLMs) when a bibliography style would lowercase it.
  const fields: [string, string][] = [["title", `{{${escapeBibtex(paper.title)}}}`]];
  if (paper.organization) fields.push(["institution", `{${escapeBibtex(paper.organization.name)}}`]);
  if (paper.published) {
    const { year, month } = dayParts(paper.published);
    fields.push(["year", `{${year}}`], ["month", MONTH_MACROS[month - 1] ?? `{${month}}`]);
  }
  // The url says where the entry comes from; a `note` saying so too would print in every bibliography.
  fields.push(["url", `{${url}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n");
  return `@misc{${key},\n${body}\n}`;
}
