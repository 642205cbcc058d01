/**
 * Recognises a digest's layout from its header and body shape. A digest copied without its header is read in the
 * layout its entries show, said so in `inferred`; a file whose first lines read as no entry is refused.
 */
import type { Block } from "./blocks";
import { isAbstractShaped, isTitleShaped } from "./entries";
import type { ListingDate } from "./entry-lines";
import { isHeaderLine, isSeparatorLine, parseAuthorsLine, parseDateLine, splitGluedSubscribe } from "./entry-lines";
import type { Layout } from "../../../src/schema/paper";

/** The layouts of text digests; the others name structured sources. */
type TextLayout = Extract<Layout, "A" | "B" | "C">;

export type LayoutResult =
  | {
      ok: true;
      layout: TextLayout;
      date?: ListingDate;
      dateLine?: number;
      body: Block[];
      /** Why the layout had to be inferred from the entries, and what they showed; absent when the header said it. */
      inferred?: string;
    }
  | { ok: false; reason: string };

/** What each layout looks like, as the entries of a digest without its header show it. */
const LAYOUT_SHAPES: Record<TextLayout, string> = {
  A: "entries separated by blank lines, with metadata groups (• N authors or an organisation, ·, a date)",
  B: "no blank lines, title and abstract lines alternating",
  C: "entries separated by blank lines, without metadata",
};

/** The body opens with a title-shaped line followed by abstract-shaped text, as every layout's first entry does. */
function opensWithEntry(body: readonly Block[]): boolean {
  const [first, second] = body;
  if (!first) return false;
  const [title = "", ...rest] = first.lines;
  const abstract = second === undefined ? rest[0] : first.lines.length === 1 ? second.lines.join(" ") : undefined;
  return /\p{L}/u.test(title) && isTitleShaped(title) && abstract !== undefined && isAbstractShaped(abstract);
}

function isMetadataLine(line: string): boolean {
  return isSeparatorLine(line) || parseAuthorsLine(line) !== undefined;
}

/** The layout a body's entries show: one block is B; blank-line separated entries are A with metadata, C without. */
function layoutOfEntries(body: readonly Block[]): TextLayout {
  if (body.length === 1) return "B";
  return body.some((block) => block.lines.some(isMetadataLine)) ? "A" : "C";
}

export function detectLayout(blocks: readonly Block[]): LayoutResult {
  const headerSeen = new Set<string>();
  const body: Block[] = [];
  let date: ListingDate | undefined;
  let dateLine: number | undefined;
  let glued = false;
  let inHeader = true;

  for (const block of blocks) {
    if (!inHeader) {
      body.push(block);
      continue;
    }
    const remaining: string[] = [];
    let firstRemainingLine = block.line;
    for (const [i, text] of block.lines.entries()) {
      const line = block.line + i;
      const atStart = remaining.length === 0;
      const gluedTitle = atStart && headerSeen.size > 0 ? splitGluedSubscribe(text) : undefined;
      const listingDate = atStart && headerSeen.size > 0 && !date ? parseDateLine(text) : undefined;
      if (atStart && isHeaderLine(text)) {
        headerSeen.add(text.trim().toLowerCase());
        firstRemainingLine = line + 1;
      } else if (gluedTitle !== undefined) {
        headerSeen.add("subscribe");
        glued = true;
        firstRemainingLine = line;
        remaining.push(gluedTitle);
      } else if (listingDate && listingDate.upvotes === undefined) {
        date = listingDate.date;
        dateLine = line;
        firstRemainingLine = line + 1;
      } else {
        if (atStart) firstRemainingLine = line;
        remaining.push(text);
      }
    }
    if (remaining.length > 0) {
      inHeader = false;
      body.push({ line: firstRemainingLine, lines: remaining });
    }
  }

  if (!headerSeen.has("subscribe")) {
    const headerless = headerSeen.size === 0;
    if (!opensWithEntry(body)) {
      const missing = headerless
        ? `no digest header before the first entry (expected lines such as "Subscribe" and "byAK and the research community")`
        : `the header lacks its "Subscribe" line (found: ${[...headerSeen].join(", ")})`;
      return { ok: false, reason: `${missing}, and the text does not open with a title and an abstract` };
    }
    const layout = layoutOfEntries(body);
    const missing = headerless ? "no digest header" : `the header lacks its "Subscribe" line`;
    const inferred = `${missing}; read as layout ${layout}, inferred from its entries: ${LAYOUT_SHAPES[layout]}`;
    return { ok: true, layout, ...(date ? { date } : {}), ...(dateLine ? { dateLine } : {}), body, inferred };
  }
  if (body.length === 0) return { ok: false, reason: "the header is followed by no entries" };

  const blockBody = body.length > 1;
  const layout: TextLayout = glued || !blockBody ? "B" : headerSeen.has("daily papers") ? "A" : "C";
  return { ok: true, layout, ...(date ? { date } : {}), ...(dateLine ? { dateLine } : {}), body };
}
