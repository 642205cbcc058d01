/**
 * Reads an RSS 2.0 feed: arXiv's announcement feeds (abstract, announce type and arXiv ID in the description, the
 * authors in `dc:creator`), and feeds of the Hugging Face listing (the arXiv ID in the paper page's address, the
 * machine-written summary run into the description). One entry per item, reported by the line of its `<item>`.
 */
import { rssChannelFields, rssItemFields } from "../../../../src/schema/sources/rss";
import { categoryTermSchema } from "../../../../src/schema/sources/values";
import { arxivIdFromAddress, arxivIdFromOai, bareArxivId } from "./arxiv-id";
import { mostCommonDay } from "./listing-day";
import { splitListingText } from "./listing-text";
import { placeOf } from "./place";
import type { SourceProblems } from "./problems";
import { dropFieldAt } from "./problems";
import { isRecord, readFields } from "./read-fields";
import type { EntryPlace, SourceEntry, SourceFields, SourceRead } from "./source-entry";

/** arXiv's description: `arXiv:2402.12345v1 Announce Type: new Abstract: …`. */
const ANNOUNCEMENT = /^arXiv:(\S+)\s+Announce Type:\s*\S+\s+Abstract:\s*(.*)$/s;

/** `A. Author, B. Author, and C. Author` → the names in order. */
export function creatorNames(creators: string): string[] {
  return creators
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

interface ItemText {
  arxivId?: string | undefined;
  abstract: string;
  aiSummary?: string;
  aiSummaryModel?: string;
}

function itemText(description: string): ItemText {
  const announcement = ANNOUNCEMENT.exec(description);
  if (announcement) return { arxivId: bareArxivId(announcement[1] ?? ""), abstract: announcement[2] ?? "" };
  return splitListingText(description);
}

function rssEntry(
  item: unknown,
  position: number,
  place: EntryPlace,
  listingDay: string | undefined,
  problems: SourceProblems,
): SourceEntry {
  const fields = readFields(rssItemFields, item, dropFieldAt(problems, place));
  const text = itemText(fields.description ?? "");
  const arxivId =
    (fields.link === undefined ? undefined : arxivIdFromAddress(fields.link)) ??
    (fields.guid === undefined ? undefined : arxivIdFromOai(fields.guid)) ??
    text.arxivId;
  const authors = fields["dc:creator"] === undefined ? [] : creatorNames(fields["dc:creator"]);
  const categories = [...new Set((fields.category ?? []).filter((term) => categoryTermSchema.safeParse(term).success))];
  const listedOn = fields.pubDate ?? listingDay;
  const source: SourceFields = {
    ...(arxivId ? { arxivId } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    ...(listedOn ? { listedOn } : {}),
    ...(text.aiSummary ? { aiSummary: text.aiSummary } : {}),
    ...(text.aiSummaryModel ? { aiSummaryModel: text.aiSummaryModel } : {}),
  };
  return { ...place, position, title: fields.title ?? "", abstract: text.abstract, fields: source };
}

/** The digest's day is the channel's announcement day, else the day most items give. */
export function readRss(file: string, rss: unknown, lineOf: (element: unknown) => number | undefined): SourceRead {
  const problems: SourceProblems = { file, warnings: [] };
  const channel = isRecord(rss) ? rss["channel"] : undefined;
  if (!isRecord(channel)) return { ok: false, reason: "an RSS document without a <channel>", warnings: [] };
  const fields = readFields(rssChannelFields, channel, dropFieldAt(problems, {}, "channel "));
  const items = fields.item ?? [];
  if (items.length === 0)
    return {
      ok: false,
      reason: `the RSS feed${fields.title ? ` ${JSON.stringify(fields.title)}` : ""} holds no items (arXiv's are empty on weekends and holidays)`,
      warnings: problems.warnings,
    };
  const itemDays = items.map(
    (item) => rssItemFields.pubDate.safeParse(isRecord(item) ? item["pubDate"] : undefined).data,
  );
  const date = fields.pubDate ?? mostCommonDay(itemDays);
  const entries = items.map((item, index) => rssEntry(item, index + 1, placeOf(item, index, lineOf), date, problems));
  return { ok: true, digest: { layout: "rss", ...(date ? { date } : {}), entries, warnings: problems.warnings } };
}
