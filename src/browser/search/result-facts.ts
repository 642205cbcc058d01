/**
 * The facts line of a search result, worded as every paper card on the site words it (`PaperFacts`): the day in
 * the site's one date format, the organisation, the author count and upvotes through the shared plural helper, and
 * nothing for what the listing did not give.
 */
import { countOf, formatDay } from "../../lib/format";
import type { PagefindResultData } from "./pagefind-api";

export interface ResultFact {
  text: string;
  /** A decorative sign before the text (the upvote triangle), hidden from assistive technology. */
  sign?: string;
  /** A remark after the text, with its explanation, as `PaperFacts` marks an inferred year. */
  note?: { text: string; title: string };
}

const yearInferred = {
  text: "(year inferred)",
  title: "The listing showed no year; it was inferred from the digest date.",
};

const positive = (value: string | undefined): number | undefined => {
  const count = Number(value);
  return Number.isInteger(count) && count > 0 ? count : undefined;
};

export function resultFacts(meta: PagefindResultData["meta"]): ResultFact[] {
  const facts: ResultFact[] = [];
  if (meta["date"])
    facts.push({ text: formatDay(meta["date"]), ...(meta["inferred"] === "year" ? { note: yearInferred } : {}) });
  if (meta["organisation"]) facts.push({ text: meta["organisation"] });
  const authors = positive(meta["authors"]);
  if (authors) facts.push({ text: countOf(authors, "author") });
  const upvotes = positive(meta["upvotes"]);
  if (upvotes) facts.push({ sign: "▲", text: countOf(upvotes, "upvote") });
  return facts;
}
