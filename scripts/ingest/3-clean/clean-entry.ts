/** Cleans a raw entry's text and computes its identity; rejects entries left with no usable title. */
import type { Layout, PaperLink } from "../../../src/schema/paper";
import type { RawEntry } from "../2-parse/entries";
import type { SourceFields } from "../2-parse/sources/source-entry";
import { paperIdFromTitleKey, titleKey } from "./identity";
import { cleanLatex, plainText } from "./latex";
import { extractLinks } from "./links";

/** What a structured source said beside the text, cleaned, and which format said it. */
export interface CleanSource extends SourceFields {
  layout: Exclude<Layout, "A" | "B" | "C">;
}

export interface CleanEntry {
  digest: string;
  file: string;
  position: number;
  /** The entry's line (text, XML); absent for a JSON item, which has `index` instead. */
  line?: number;
  index?: number;
  id: string;
  title: string;
  titleKey: string;
  /** Cleaned paragraphs, emphasis kept as markers for the MDX body. */
  paragraphs: string[];
  /** Plain abstract, paragraphs separated by a blank line. */
  abstract: string;
  links: PaperLink[];
  metadata: RawEntry["metadata"];
  /** Absent for an entry of a text digest. */
  source?: CleanSource;
  rejected?: string;
}

type CleanTexts = Pick<CleanEntry, "id" | "title" | "titleKey" | "paragraphs" | "abstract" | "links">;

/** Title and abstract paragraphs (whitespace already collapsed) cleaned, and the identity they give. */
export function cleanTexts(rawTitle: string, rawParagraphs: readonly string[]): CleanTexts {
  const title = plainText(cleanLatex(rawTitle));
  const paragraphs = rawParagraphs.map(cleanLatex).filter((paragraph) => paragraph !== "");
  const abstract = paragraphs.map(plainText).join("\n\n");
  const key = titleKey(title);
  return {
    id: paperIdFromTitleKey(key, abstract),
    title,
    titleKey: key,
    paragraphs,
    abstract,
    links: extractLinks(abstract),
  };
}

export function cleanEntry(digest: string, file: string, raw: RawEntry): CleanEntry {
  const entry: CleanEntry = {
    digest,
    file,
    position: raw.position,
    line: raw.line,
    ...cleanTexts(raw.title, raw.abstract),
    metadata: raw.metadata,
  };
  const rejected =
    raw.rejected ?? (entry.titleKey === "" ? "the title has no letters or digits once cleaned" : undefined);
  if (rejected !== undefined) entry.rejected = rejected;
  return entry;
}
