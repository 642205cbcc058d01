/** Cleans a raw entry's text and computes its identity; rejects entries left with no usable title. */
import type { PaperLink } from "../../../src/schema/paper";
import type { RawEntry } from "../2-parse/entries";
import { paperIdFromTitleKey, titleKey } from "./identity";
import { cleanLatex, plainText } from "./latex";
import { extractLinks } from "./links";

export interface CleanEntry {
  digest: string;
  file: string;
  position: number;
  line: number;
  id: string;
  title: string;
  titleKey: string;
  /** Cleaned paragraphs, emphasis kept as markers for the MDX body. */
  paragraphs: string[];
  /** Plain abstract, paragraphs separated by a blank line. */
  abstract: string;
  links: PaperLink[];
  metadata: RawEntry["metadata"];
  rejected?: string;
}

export function cleanEntry(digest: string, file: string, raw: RawEntry): CleanEntry {
  const title = plainText(cleanLatex(raw.title));
  const paragraphs = raw.abstract.map(cleanLatex).filter((paragraph) => paragraph !== "");
  const abstract = paragraphs.map(plainText).join("\n\n");
  const key = titleKey(title);
  const entry: CleanEntry = {
    digest,
    file,
    position: raw.position,
    line: raw.line,
    id: paperIdFromTitleKey(key, abstract),
    title,
    titleKey: key,
    paragraphs,
    abstract,
    links: extractLinks(abstract),
    metadata: raw.metadata,
  };
  const rejected =
    raw.rejected ?? (entry.titleKey === "" ? "the title has no letters or digits once cleaned" : undefined);
  if (rejected !== undefined) entry.rejected = rejected;
  return entry;
}
