/**
 * Reads a JSON Feed of the Hugging Face listing: one entry per item, the arXiv ID from the paper page's address,
 * the machine-written summary split from the abstract it was scraped together with.
 */
import { JSON_FEED_VERSION_PREFIX, jsonFeedFields, jsonFeedItemFields } from "../../../../src/schema/sources/json-feed";
import { arxivIdFromAddress } from "./arxiv-id";
import { mostCommonDay } from "./listing-day";
import { splitListingText } from "./listing-text";
import type { SourceProblems } from "./problems";
import { dropFieldAt } from "./problems";
import { isRecord, readFields } from "./read-fields";
import type { SourceEntry, SourceFields, SourceRead } from "./source-entry";

export function isJsonFeed(json: unknown): json is Record<string, unknown> {
  return isRecord(json) && typeof json["version"] === "string" && json["version"].startsWith(JSON_FEED_VERSION_PREFIX);
}

function feedEntry(item: unknown, index: number, problems: SourceProblems): SourceEntry {
  const place = { index };
  const fields = readFields(jsonFeedItemFields, item, dropFieldAt(problems, place));
  const text = splitListingText(fields.content_text ?? fields.summary ?? "");
  const arxivId =
    (fields.url === undefined ? undefined : arxivIdFromAddress(fields.url)) ??
    (fields.id === undefined ? undefined : arxivIdFromAddress(fields.id));
  const source: SourceFields = {
    ...(arxivId ? { arxivId } : {}),
    ...(fields.authors && fields.authors.length > 0 ? { authors: fields.authors.map((author) => author.name) } : {}),
    ...(fields.date_published ? { listedOn: fields.date_published } : {}),
    ...(text.aiSummary ? { aiSummary: text.aiSummary } : {}),
    ...(text.aiSummaryModel ? { aiSummaryModel: text.aiSummaryModel } : {}),
  };
  return { ...place, position: index + 1, title: fields.title ?? "", abstract: text.abstract, fields: source };
}

/** The digest's day is the day most items were listed. */
export function readJsonFeed(file: string, feed: Record<string, unknown>): SourceRead {
  const problems: SourceProblems = { file, warnings: [] };
  const { items = [] } = readFields(jsonFeedFields, feed, dropFieldAt(problems, {}, "feed "));
  if (items.length === 0) return { ok: false, reason: "the JSON Feed holds no items", warnings: problems.warnings };
  const entries = items.map((item, index) => feedEntry(item, index, problems));
  const date = mostCommonDay(entries.map((entry) => entry.fields.listedOn));
  return { ok: true, digest: { layout: "json-feed", ...(date ? { date } : {}), entries, warnings: problems.warnings } };
}
