/**
 * Parses an XML digest with fast-xml-parser: well-formedness checked first (a broken file is a reason, never a
 * crash), attributes kept as `@_name`, text kept as text (no number guessing: `2403.06634` stays a string), and each
 * element's start offset captured so entries can be reported by line.
 */
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  // The one switch that decodes character references (`&#237;`), XML's own, besides the HTML names feeds copy
  // (`&nbsp;`); its replacement, a hand-made `entityDecoder`, would have to re-create the parser's expansion limits.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
});

// Declared as the `Symbol` wrapper type; it is a symbol.
const METADATA = XMLParser.getMetaDataSymbol() as unknown as symbol;

export interface XmlDocument {
  /** Name of the root element, namespace prefix included. */
  root: string;
  /** The root element's content. */
  value: unknown;
  /** 1-based line of an element's start tag, for elements that are objects (have children or attributes). */
  lineOf: (element: unknown) => number | undefined;
}

export type XmlRead = { ok: true; document: XmlDocument } | { ok: false; reason: string };

/** Offsets of every line start, for turning a character offset into a line by binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function startOffset(element: unknown): number | undefined {
  if (typeof element !== "object" || element === null) return undefined;
  const metadata = (element as Record<symbol, unknown>)[METADATA];
  if (typeof metadata !== "object" || metadata === null) return undefined;
  const { startIndex } = metadata as { startIndex?: unknown };
  return typeof startIndex === "number" ? startIndex : undefined;
}

/** What the validator says is wrong, with where, or undefined for a well-formed document. */
function wellFormednessProblem(text: string): string | undefined {
  try {
    SyntaxValidator.validate(text);
    return undefined;
  } catch (error) {
    const { line, col } = error as { line?: unknown; col?: unknown };
    const where = typeof line === "number" && typeof col === "number" ? ` (line ${line}, column ${col})` : "";
    return `${error instanceof Error ? error.message : String(error)}${where}`;
  }
}

export function readXml(text: string): XmlRead {
  const problem = wellFormednessProblem(text);
  if (problem !== undefined) return { ok: false, reason: `not well-formed XML: ${problem}` };
  const parsed: unknown = parser.parse(text);
  const roots = typeof parsed === "object" && parsed !== null ? Object.entries(parsed) : [];
  const [root] = roots.filter(([name]) => !name.startsWith("#") && !name.startsWith("?"));
  if (!root) return { ok: false, reason: "an XML document without a root element" };
  const starts = lineStarts(text);
  return {
    ok: true,
    document: {
      root: root[0],
      value: root[1],
      lineOf: (element) => {
        const offset = startOffset(element);
        return offset === undefined ? undefined : lineAt(starts, offset);
      },
    },
  };
}
