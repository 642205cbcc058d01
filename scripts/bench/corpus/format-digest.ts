/**
 * Renders a digest exactly as the bundled files are laid out. Layout A: blank-line separated blocks, a header,
 * the listing date, then title, abstract and an optional metadata group. Layout B: no blank lines, the last header
 * line glued to the first title. Neither ends with a newline, like the bundled files.
 */
import { formatListingDate, type ListingDate } from "./dates";
import type { PaperMeta, SyntheticPaper } from "./paper";

const LAYOUT_A_HEADER = [
  "new",
  "Get trending papers in your email inbox!",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
];
const LAYOUT_B_HEADER = [
  "Get trending papers in your email inbox once a day!",
  "Get trending papers in your email inbox!",
];

/** A listed entry: the paper, plus how this listing shows it. */
export interface ListedPaper {
  paper: SyntheticPaper;
  /** Layout A only: break the abstract over two lines at a sentence, as some scraped listings do. */
  splitAbstract: boolean;
}

export function formatLayoutA(listingDate: ListingDate, listed: readonly ListedPaper[]): string {
  const blocks = [...LAYOUT_A_HEADER, formatListingDate({ month: listingDate.month, day: listingDate.day })];
  for (const { paper, splitAbstract } of listed) {
    blocks.push(paper.title, splitAbstract ? breakAtSentence(paper.abstract) : paper.abstract);
    if (paper.meta) blocks.push(formatMeta(paper.meta));
  }
  return blocks.join("\n\n");
}

export function formatLayoutB(listed: readonly ListedPaper[]): string {
  const lines = listed.flatMap(({ paper }) => [paper.title, paper.abstract]);
  const [firstTitle = "", ...rest] = lines;
  return [...LAYOUT_B_HEADER, `Subscribe${firstTitle}`, ...rest].join("\n");
}

function formatMeta(meta: PaperMeta): string {
  const who =
    meta.kind === "authors"
      ? `  • ${meta.count} ${meta.count === 1 ? "author" : "authors"}`
      : `${meta.handle} ${meta.name}`;
  const date = formatListingDate(meta.date) + (meta.upvotes === undefined ? "" : ` ${meta.upvotes}`);
  return [who, "·", date].join("\n");
}

function breakAtSentence(abstract: string): string {
  const middle = abstract.indexOf(". ", Math.floor(abstract.length / 2));
  return middle === -1 ? abstract : `${abstract.slice(0, middle + 1)}\n${abstract.slice(middle + 2)}`;
}
