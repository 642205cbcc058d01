/**
 * Cleans an entry of a structured source as a text digest's entry is cleaned (the same LaTeX rules, links and
 * identity, so the same paper from two sources reads the same), and tidies its structured fields.
 */
import { collapseWhitespace } from "../1-read/whitespace";
import type { SourceEntry, SourceFields } from "../2-parse/sources/source-entry";
import type { CleanEntry, CleanSource } from "./clean-entry";
import { cleanTexts } from "./clean-entry";
import { cleanLatex, plainText } from "./latex";

/** Sources keep an abstract's hard line breaks; a blank line between them is a paragraph break. */
function paragraphsOf(abstract: string): string[] {
  return abstract
    .split(/\n\s*\n/)
    .map(collapseWhitespace)
    .filter((paragraph) => paragraph !== "");
}

function names(values: readonly string[] | undefined): string[] {
  return [...new Set((values ?? []).map(collapseWhitespace).filter((value) => value !== ""))];
}

function cleanFields(fields: SourceFields): SourceFields {
  const { authors, keywords, aiSummary, organization, ...rest } = fields;
  // Authors are not de-duplicated: two people may share a name, and their order is the paper's.
  const authorNames = (authors ?? []).map(collapseWhitespace).filter((name) => name !== "");
  const keywordList = names(keywords);
  const summary = aiSummary === undefined ? "" : plainText(cleanLatex(collapseWhitespace(aiSummary)));
  return {
    ...rest,
    ...(authorNames.length > 0 ? { authors: authorNames } : {}),
    ...(organization
      ? {
          organization: {
            handle: collapseWhitespace(organization.handle),
            name: collapseWhitespace(organization.name),
          },
        }
      : {}),
    ...(summary === "" ? {} : { aiSummary: summary }),
    ...(keywordList.length > 0 ? { keywords: keywordList } : {}),
  };
}

export function cleanSourceEntry(
  digest: string,
  file: string,
  layout: CleanSource["layout"],
  raw: SourceEntry,
): CleanEntry {
  const place = raw.line === undefined ? { index: raw.index } : { line: raw.line };
  const entry: CleanEntry = {
    digest,
    file,
    position: raw.position,
    ...place,
    ...cleanTexts(collapseWhitespace(raw.title), paragraphsOf(raw.abstract)),
    metadata: undefined,
    source: { layout, ...cleanFields(raw.fields) },
  };
  const rejected =
    raw.rejected ?? (entry.titleKey === "" ? "the title has no letters or digits once cleaned" : undefined);
  if (rejected !== undefined) entry.rejected = rejected;
  return entry;
}
