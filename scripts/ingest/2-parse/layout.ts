/** Recognises a digest's layout from its header and body shape; refuses to guess when neither fits. */
import type { Block } from "./blocks";
import type { ListingDate } from "./entry-lines";
import { isHeaderLine, parseDateLine, splitGluedSubscribe } from "./entry-lines";
import type { Layout } from "../../../src/schema/paper";

export type LayoutResult =
  { ok: true; layout: Layout; date?: ListingDate; dateLine?: number; body: Block[] } | { ok: false; reason: string };

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
    return {
      ok: false,
      reason:
        headerSeen.size === 0
          ? `no digest header before the first entry (expected lines such as "Subscribe" and "byAK and the research community")`
          : `the header lacks its "Subscribe" line (found: ${[...headerSeen].join(", ")})`,
    };
  }
  if (body.length === 0) return { ok: false, reason: "the header is followed by no entries" };

  const blockBody = body.length > 1;
  const layout: Layout = glued || !blockBody ? "B" : headerSeen.has("daily papers") ? "A" : "C";
  return { ok: true, layout, ...(date ? { date } : {}), ...(dateLine ? { dateLine } : {}), body };
}
