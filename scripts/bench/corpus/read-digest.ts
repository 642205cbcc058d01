/**
 * A deliberately simple reader of the bundled digest layouts, used to train the text model and to check generated
 * files. It is independent of the real ingest on purpose: the benchmark must not share the code it measures.
 */

export interface ReadEntry {
  title: string;
  abstract: string;
  /** The raw metadata block (authors or organisation line, `·`, date), when the entry had one. */
  meta?: string;
}

export type ReadLayout = "A" | "B" | "C";

export interface ReadDigest {
  layout: ReadLayout;
  /** The listing's own date line (`Dec 9`), for layouts that show one. */
  date?: string;
  entries: ReadEntry[];
}

const B_GLUE = "Subscribe";
const DATE_LINE = /^[A-Z][a-z]{2} \d{1,2}$/;
const META_BLOCK = /^(?: {2}• \d+ authors?|\S+ .+)\n·\n[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?(?: \d+)?$/;

export function isMetaBlock(block: string): boolean {
  return META_BLOCK.test(block);
}

export function readDigest(text: string): ReadDigest {
  const normalised = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const lines = normalised.split("\n");
  const glued = lines.findIndex((line) => line.startsWith(B_GLUE) && line.length > B_GLUE.length);
  if (glued !== -1 && glued < 4) return readLayoutB(lines.slice(glued));
  return readBlankSeparated(normalised);
}

/** Layout B: the first title is glued to `Subscribe`, then title and abstract lines alternate. */
function readLayoutB(lines: string[]): ReadDigest {
  const [first = "", ...rest] = lines;
  const body = [first.slice(B_GLUE.length), ...rest];
  const entries: ReadEntry[] = [];
  for (let i = 0; i < body.length; i += 2) {
    entries.push({ title: body[i] ?? "", abstract: body[i + 1] ?? "" });
  }
  return { layout: "B", entries };
}

/** Layouts A and C: blocks separated by blank lines; the header ends at the digest's date line. */
function readBlankSeparated(text: string): ReadDigest {
  const blocks = text.split(/\n{2,}/).map((block) => (block.trim() === "" ? "" : block));
  const dateIndex = blocks.findIndex((block) => DATE_LINE.test(block));
  const header = blocks.slice(0, Math.max(dateIndex, 0));
  const layout: ReadLayout = header.includes("Daily Papers") ? "A" : "C";
  const body = blocks.slice(dateIndex + 1).filter((block) => block !== "");
  const entries: ReadEntry[] = [];
  let i = 0;
  while (i < body.length) {
    const title = body[i] ?? "";
    const abstract = body[i + 1] ?? "";
    const meta = body[i + 2];
    if (meta !== undefined && isMetaBlock(meta)) {
      entries.push({ title, abstract: abstract.replace(/\n/g, " "), meta });
      i += 3;
    } else {
      entries.push({ title, abstract: abstract.replace(/\n/g, " ") });
      i += 2;
    }
  }
  const date = dateIndex === -1 ? undefined : blocks[dateIndex];
  return date === undefined ? { layout, entries } : { layout, date, entries };
}
