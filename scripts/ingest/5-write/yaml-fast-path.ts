/**
 * The YAML that the `yaml` library's `stringify` writes for a page's frontmatter (YAML 1.1, no line folding,
 * double quotes, block collections), written without building its document model, which costs more than the
 * rest of a page. Only data whose every string is one line of printable text is written here; for anything else
 * `undefined` says "ask the library", so the library's rules decide every case this module does not copy.
 *
 * Which strings may stay plain is the library's own decision, copied: its test for characters that would start or
 * end YAML syntax, and the scalar tags of its YAML 1.1 schema (booleans, numbers, dates, null), whose patterns
 * come from the library itself. A string that fails either is double-quoted, which for one line of printable text
 * is exactly its JSON form.
 */
import { Document } from "yaml";

/** Characters the library always double-quotes or writes as a block (line breaks, controls, lone surrogates, BOM). */
const NOT_ONE_PRINTABLE_LINE = /[\p{Cc}\u2028\u2029\ufeff\p{Cs}]/u;

/** The library's test for text a plain scalar cannot hold (see `plainString` in yaml's stringifyString). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

const STRING_TAG = "tag:yaml.org,2002:str";

/** The patterns of the YAML 1.1 scalar types other than string: a plain scalar matching one would not read back as text. */
const TYPED_SCALARS: readonly RegExp[] = (() => {
  const { schema } = new Document(null, { version: "1.1" });
  return [...schema.tags, ...(schema.compat ?? [])].flatMap((tag) =>
    tag.default && tag.tag !== STRING_TAG && tag.test instanceof RegExp ? [tag.test] : [],
  );
})();

const SIMPLE_KEY = /^[A-Za-z][A-Za-z0-9]*$/;

const readsAsText = (text: string): boolean => !TYPED_SCALARS.some((pattern) => pattern.test(text));

/** A one-line string as the library writes it, or undefined when it is not one printable line. */
function scalarString(text: string): string | undefined {
  if (NOT_ONE_PRINTABLE_LINE.test(text)) return undefined;
  return !NOT_PLAIN.test(text) && readsAsText(text) ? text : JSON.stringify(text);
}

function scalar(value: unknown): string | undefined {
  if (typeof value === "string") return scalarString(value);
  if (typeof value === "number" && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  return undefined;
}

function key(name: string): string | undefined {
  return SIMPLE_KEY.test(name) && readsAsText(name) ? name : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/**
 * Writes one value tree. `visited` holds its objects: the library writes an object met twice as an anchor and
 * an alias, which this module leaves to it.
 */
class BlockWriter {
  private readonly visited = new Set<object>();

  private firstVisit(value: object): boolean {
    if (this.visited.has(value)) return false;
    this.visited.add(value);
    return true;
  }

  /** A block mapping whose first line continues the current one and whose other lines start at `indent`. */
  map(map: Record<string, unknown>, indent: string): string | undefined {
    if (!this.firstVisit(map)) return undefined;
    const lines: string[] = [];
    for (const [name, value] of Object.entries(map)) {
      const written = key(name);
      const rest = written === undefined ? undefined : this.pairValue(value, indent);
      if (rest === undefined) return undefined;
      lines.push(`${written}:${rest}`);
    }
    return lines.length === 0 ? undefined : lines.join(`\n${indent}`);
  }

  /** A block sequence of scalars or mappings, every item on a line starting at `indent` (the first continues). */
  private seq(items: readonly unknown[], indent: string): string | undefined {
    if (!this.firstVisit(items)) return undefined;
    const lines: string[] = [];
    for (const item of items) {
      const written = isRecord(item) ? this.map(item, `${indent}  `) : scalar(item);
      if (written === undefined) return undefined;
      lines.push(`- ${written}`);
    }
    return lines.join(`\n${indent}`);
  }

  /** What follows `key:` for a value of a mapping whose lines start at `indent`. */
  private pairValue(value: unknown, indent: string): string | undefined {
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) return this.firstVisit(value) ? " []" : undefined;
      const seq = this.seq(value, inner);
      return seq === undefined ? undefined : `\n${inner}${seq}`;
    }
    if (isRecord(value)) {
      const map = this.map(value, inner);
      return map === undefined ? undefined : `\n${inner}${map}`;
    }
    const written = scalar(value);
    return written === undefined ? undefined : ` ${written}`;
  }
}

/**
 * `stringify(data, { version: "1.1", lineWidth: 0, minContentWidth: 0, singleQuote: false, sortMapEntries: false })`
 * of a non-empty mapping of strings, safe integers, and non-empty mappings and arrays of them, or undefined for
 * anything else (the caller then asks the library).
 */
export function plainDataYaml(data: Record<string, unknown>): string | undefined {
  const map = new BlockWriter().map(data, "");
  return map === undefined ? undefined : `${map}\n`;
}
