/** Reads a Hugging Face `/api/daily_papers` response: a JSON array of listing items, one entry each. */
import { isRecord } from "./read-fields";
import { hfListedDay, hfPaperEntry } from "./hf-paper-entry";
import { dayInFileName, mostCommonDay } from "./listing-day";
import type { SourceProblems } from "./problems";
import type { SourceEntry, SourceRead } from "./source-entry";

/** An array is a daily-papers response when its items hold a `paper` object. */
export function isHfDailyPapers(json: unknown): json is unknown[] {
  return Array.isArray(json) && json.some((item) => isRecord(item) && isRecord(item["paper"]));
}

/**
 * The listing's day is the day asked for, which a fetched file's name holds; failing that, the day most of its
 * items were listed.
 */
export function readHfDailyPapers(file: string, items: readonly unknown[]): SourceRead {
  const problems: SourceProblems = { file, warnings: [] };
  const date = dayInFileName(file) ?? mostCommonDay(items.map(hfListedDay));
  const entries = items.map((item, index): SourceEntry => {
    const place = { index };
    const position = index + 1;
    if (isRecord(item) && isRecord(item["paper"]))
      return hfPaperEntry({ paper: item["paper"], item, place, position, listingDay: date }, problems);
    return { ...place, position, title: "", abstract: "", fields: {}, rejected: "the item holds no paper object" };
  });
  return {
    ok: true,
    digest: { layout: "hf-daily-papers", ...(date ? { date } : {}), entries, warnings: problems.warnings },
  };
}
