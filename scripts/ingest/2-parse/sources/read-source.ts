/**
 * Tells a structured digest from a text digest by its content, never its name, and reads it with its adapter: JSON
 * (a Hugging Face daily-papers array or paper object, a JSON Feed, a recorded HTTP response around any of these) or
 * XML (an arXiv API Atom feed, an RSS 2.0 feed). Text that is neither JSON nor XML is left to the text reader, with
 * the reason it is neither when it looked like one.
 */
import { recordedResponseSchema } from "../../../../src/schema/sources/recorded-response";
import { readXml, type XmlDocument } from "../../1-read/xml";
import { normalizeText } from "../../1-read/decode";
import { readArxivAtom } from "./arxiv-atom";
import { isHfDailyPapers, readHfDailyPapers } from "./hf-daily-papers";
import { isHfPaper, readHfPaper } from "./hf-paper";
import { isJsonFeed, readJsonFeed } from "./json-feed";
import { readRss } from "./rss";
import type { SourceEntry, SourceRead } from "./source-entry";
import type { Warning } from "../../report";

export type StructuredRead =
  | { kind: "source"; read: SourceRead }
  /** Not JSON or XML: a text digest, perhaps; `notStructured` says why when the file began like JSON or XML. */
  | { kind: "text"; notStructured?: string };

const skipped = (reason: string): StructuredRead => ({ kind: "source", read: { ok: false, reason, warnings: [] } });

function describeJson(json: unknown): string {
  if (Array.isArray(json))
    return json.length === 0
      ? "an empty JSON array (a day without papers?)"
      : "a JSON array whose items hold no `paper` object";
  if (typeof json === "object" && json !== null)
    return `a JSON object with the keys ${Object.keys(json).slice(0, 6).join(", ") || "(none)"}`;
  return `a JSON ${typeof json}`;
}

function readJson(file: string, json: unknown): StructuredRead {
  if (isHfDailyPapers(json)) return { kind: "source", read: readHfDailyPapers(file, json) };
  if (isJsonFeed(json)) return { kind: "source", read: readJsonFeed(file, json) };
  if (isHfPaper(json)) return { kind: "source", read: readHfPaper(file, json) };
  const recorded = recordedResponseSchema.safeParse(json);
  if (recorded.success) return readRecordedResponse(file, recorded.data);
  return skipped(
    `${describeJson(json)}: not a Hugging Face daily-papers response or paper object, a JSON Feed or a recorded response`,
  );
}

function readXmlDocument(file: string, document: XmlDocument): StructuredRead {
  if (document.root === "feed") return { kind: "source", read: readArxivAtom(file, document.value, document.lineOf) };
  if (document.root === "rss") return { kind: "source", read: readRss(file, document.value, document.lineOf) };
  return skipped(
    `an XML document whose root element is <${document.root}>: neither an arXiv API Atom feed nor RSS 2.0`,
  );
}

/** Lines of a body held in a JSON string are no lines of the file: its entries are named by their index instead. */
function byIndex(entry: SourceEntry): SourceEntry {
  return {
    position: entry.position,
    index: entry.position - 1,
    title: entry.title,
    abstract: entry.abstract,
    fields: entry.fields,
    ...(entry.rejected ? { rejected: entry.rejected } : {}),
  };
}

function readRecordedResponse(
  file: string,
  response: { url: string; status_code: number; body: string },
): StructuredRead {
  const status = `HTTP ${response.status_code} from ${response.url}`;
  const inner = readStructured(file, response.body);
  if (inner.kind === "text") return skipped(`a recorded response (${status}) whose body is neither JSON nor XML`);
  const { read } = inner;
  if (!read.ok) return skipped(`a recorded response (${status}): ${read.reason}`);
  const warnings =
    response.status_code >= 400
      ? [{ file, message: `the recorded response has status ${status}; its body was read all the same` }]
      : [];
  // A warning at an entry's line moves to the entry's index, as the entry does.
  const indexByLine = new Map(
    read.digest.entries.flatMap((entry) => (entry.line === undefined ? [] : [[entry.line, entry.position - 1]])),
  );
  const relocate = (warning: Warning): Warning => {
    if (warning.line === undefined) return warning;
    const index = indexByLine.get(warning.line);
    return index === undefined
      ? { file: warning.file, message: `${warning.message} (line ${warning.line} of the recorded body)` }
      : { file: warning.file, index, message: warning.message };
  };
  return {
    kind: "source",
    read: {
      ok: true,
      digest: {
        ...read.digest,
        entries: read.digest.entries.map(byIndex),
        warnings: [...warnings, ...read.digest.warnings.map(relocate)],
      },
    },
  };
}

/**
 * JSON escapes (`\u00a0`, `\u200b`) slip past the normalisation of the file's text: strings are normalised once
 * parsed, as every text digest is.
 */
function normalizeStrings(_key: string, value: unknown): unknown {
  return typeof value === "string" ? normalizeText(value) : value;
}

function firstCharacter(text: string): string {
  return /\S/.exec(text)?.[0] ?? "";
}

export function readStructured(file: string, text: string): StructuredRead {
  const first = firstCharacter(text);
  if (first === "[" || first === "{") {
    let json: unknown;
    try {
      json = JSON.parse(text, normalizeStrings);
    } catch (error) {
      return {
        kind: "text",
        notStructured: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      };
    }
    return readJson(file, json);
  }
  if (first === "<") {
    const xml = readXml(text);
    return xml.ok ? readXmlDocument(file, xml.document) : { kind: "text", notStructured: xml.reason };
  }
  return { kind: "text" };
}
