/**
 * The reading list as BibTeX, entry by entry as the paper pages write them (`bibtexEntry`), with keys made as the
 * site makes them (`assignCiteKeys`) in the order the papers were saved, so a paper keeps its key as the list
 * grows. What the list stores (title, authors, date, address) is what the entries hold.
 */
import type { SavedPaper } from "../../schema/reading-list";
import { bibtexEntry } from "../cite/bibtex";
import { assignCiteKeys } from "../cite/cite-keys";
import { sortSaved } from "./saved-papers";

/** The address goes into the entry between braces: braces of its own (legal in a query) would end the field early. */
const bracesEncoded = (url: string): string => url.replace(/\{/g, "%7B").replace(/\}/g, "%7D");

export function readingListBibtex(papers: readonly SavedPaper[]): string {
  const inSavingOrder = sortSaved(papers, "saved-oldest");
  const keys = assignCiteKeys(inSavingOrder);
  return inSavingOrder
    .map((paper) => bibtexEntry(paper, keys.get(paper.slug) ?? paper.slug, bracesEncoded(paper.url)))
    .join("\n\n")
    .concat("\n");
}
