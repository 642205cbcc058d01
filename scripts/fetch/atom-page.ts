/**
 * Reads one arXiv API response page (an Atom feed) with fast-xml-validator and fast-xml-parser: whether it is a
 * well-formed feed, how many results the query has and how many this page holds, and the error arXiv explains in
 * an entry of its own.
 */
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import type { BodyCheck } from "./http";

export interface AtomPage {
  /** The response body, byte for byte. */
  body: Uint8Array;
  text: string;
  /** `opensearch:totalResults`: results of the whole query. */
  totalResults: number;
  /** `opensearch:startIndex`: the offset of this page's first entry. */
  startIndex: number;
  entries: number;
}

const factsParser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === "entry",
});

interface FeedFacts {
  totalResults?: unknown;
  startIndex?: unknown;
  entry?: unknown[];
}

/** arXiv answers a malformed query with an entry whose id points into its error documentation. */
const ERROR_ENTRY_ID = "/api/errors";

export function checkAtomPage(body: Uint8Array): BodyCheck<AtomPage> {
  const read = readFeed(body);
  if (!read.ok) return { ok: false, retry: true, reason: read.reason };
  const { text, feed } = read;
  const error = errorMessage(feed);
  if (error !== undefined) return { ok: false, retry: false, reason: `arXiv reports an error: ${error}` };
  const entries = feed.entry?.length ?? 0;
  const startIndex = readCount(feed.startIndex) ?? 0;
  const totalResults = readCount(feed.totalResults) ?? startIndex + entries;
  // arXiv now and then answers a page inside the results with no entries; asking again usually fills it.
  if (entries === 0 && startIndex < totalResults)
    return { ok: false, retry: true, reason: `an empty page at offset ${startIndex} of ${totalResults} results` };
  return { ok: true, value: { body, text, totalResults, startIndex, entries } };
}

/** The error an arXiv error response explains, if the body is a feed that says one. */
export function explainArxivError(body: Uint8Array): string | undefined {
  const read = readFeed(body);
  return read.ok ? errorMessage(read.feed) : undefined;
}

type FeedRead = { ok: true; text: string; feed: FeedFacts } | { ok: false; reason: string };

function readFeed(body: Uint8Array): FeedRead {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return { ok: false, reason: "the response is not UTF-8 text" };
  }
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    return { ok: false, reason: `the response is not well-formed XML (${describeSyntaxError(error)})` };
  }
  const document = factsParser.parse(text) as { feed?: unknown };
  if (typeof document.feed !== "object" || document.feed === null)
    return { ok: false, reason: "the response is XML but not an Atom feed (no <feed> root)" };
  return { ok: true, text, feed: document.feed };
}

/** The validator throws an Error carrying the line it stopped at. */
function describeSyntaxError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { line } = error as Error & { line?: unknown };
  return typeof line === "number" ? `line ${line}: ${error.message}` : error.message;
}

function errorMessage(feed: FeedFacts): string | undefined {
  for (const entry of feed.entry ?? []) {
    const { id, summary } = (entry ?? {}) as { id?: unknown; summary?: unknown };
    if (typeof id === "string" && id.includes(ERROR_ENTRY_ID))
      return typeof summary === "string" ? summary.trim() : id.trim();
  }
  return undefined;
}

function readCount(value: unknown): number | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const count = Number(value);
  return Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}
