/** BibTeX for a paper: an `@misc` entry (listings carry no venue), escaped so hostile titles stay inert text. */
import type { Paper } from "../../schema/paper";
import { dayParts } from "../format";

/** Key like `flashfftconv2023`: first title word with letters, then the year. */
export function bibtexKey(paper: Paper): string {
  const word = paper.slug.split("-").find((part) => /[a-z]/.test(part)) ?? "paper";
  const year = paper.published ? String(dayParts(paper.published).year) : "nd";
  return `${word}${year}${paper.id.slice(0, 4)}`;
}

/** Braces and backslashes would unbalance the entry; `%` starts a comment; the rest is LaTeX-special. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([{}])/g, "\\$1")
    .replace(/([&%$#_])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

export function bibtexEntry(paper: Paper, url: string): string {
  // Double braces keep the title's capitalisation (FP4, LLMs) when a bibliography style would lowercase it.
  const fields: [string, string][] = [["title", `{{${escapeBibtex(paper.title)}}}`]];
  if (paper.organization) fields.push(["institution", `{${escapeBibtex(paper.organization.name)}}`]);
  if (paper.published) {
    const { year, month } = dayParts(paper.published);
    fields.push(["year", `{${year}}`], ["month", `{${month}}`]);
  }
  fields.push(["url", `{${url}}`], ["note", "{Listed in Lectern}"]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n");
  return `@misc{${bibtexKey(paper)},\n${body}\n}`;
}
