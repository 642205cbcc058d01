/**
 * Joins the pages of one arXiv query into one Atom document without writing any XML of our own: the first page
 * as arXiv sent it, with each later page's new entries copied in after its last entry, character for character.
 * Where an entry begins and ends is what fast-xml-parser reports (`captureMetaData`), so nothing is searched for
 * by hand. An entry a later page repeats (the listing moved while we paged) is kept once.
 */
import { XMLParser } from "fast-xml-parser";

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  processEntities: false,
  trimValues: false,
  parseTagValue: false,
  captureMetaData: true,
});
/** The declaration types it as the `Symbol` wrapper object; it is the primitive. */
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** A node of the ordered tree: `{ tag: children, ":@"?: attributes }` or `{ "#text": text }`, and its place. */
type OrderedNode = Record<string, unknown> & { [META]?: { startIndex: number; endIndex?: number } };

interface EntrySpan {
  /** The entry's `<id>`, or its place when it has none, so that it is never taken for another. */
  id: string;
  start: number;
  end: number;
}

export interface MergedFeed {
  xml: string;
  /** Entries in the joined feed, each once. */
  entries: number;
}

export function mergeAtomPages(pages: readonly string[]): MergedFeed {
  const [first, ...later] = pages;
  if (first === undefined) throw new Error("mergeAtomPages needs at least one page");
  const { entries, separator } = readEntries(first);
  const last = entries.at(-1);
  if (last === undefined) throw new Error("the first page has no entries to join the others after");
  const seen = new Set(entries.map((entry) => entry.id));
  const added: string[] = [];
  for (const page of later) {
    for (const entry of readEntries(page).entries) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      added.push(separator, page.slice(entry.start, entry.end));
    }
  }
  return { xml: first.slice(0, last.end) + added.join("") + first.slice(last.end), entries: seen.size };
}

/** The feed's entries, and the whitespace the page puts before an entry (to lay the copied ones out alike). */
function readEntries(page: string): { entries: EntrySpan[]; separator: string } {
  const feed = (parser.parse(page) as OrderedNode[]).find((node) => "feed" in node);
  if (feed === undefined) throw new Error("not an Atom feed");
  const children = feed["feed"] as OrderedNode[];
  const entries: EntrySpan[] = [];
  let separator = "\n  ";
  children.forEach((node, index) => {
    const place = node[META];
    if (!("entry" in node) || place?.endIndex === undefined) return;
    entries.push({ id: entryId(node) ?? `#${place.startIndex}`, start: place.startIndex, end: place.endIndex });
    const before = children[index - 1]?.["#text"];
    if (typeof before === "string" && before.trim() === "") separator = before;
  });
  return { entries, separator };
}

function entryId(entry: OrderedNode): string | undefined {
  const id = (entry["entry"] as OrderedNode[]).find((node) => "id" in node);
  const text = (id?.["id"] as OrderedNode[] | undefined)?.[0]?.["#text"];
  return typeof text === "string" ? text.trim() : undefined;
}
