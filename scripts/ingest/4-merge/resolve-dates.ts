/** Applies the year rules of `dates.ts` to every entry and digest date, warning where a date cannot stand. */
import { compareCodePoints } from "../../../src/lib/order";
import type { CleanEntry } from "../3-clean/clean-entry";
import { firstYearOnOrAfter, resolveDate, yearFromExplicitYears } from "./dates";
import type { Warning } from "../report";
import type { ListingDate } from "../2-parse/entry-lines";
import type { DatedEntry } from "./merge";
import type { ParsedDigest } from "../digest-file";

export interface DigestDate {
  day?: string;
  inferred: boolean;
}

function explicitDays(groups: ReadonlyMap<string, readonly CleanEntry[]>): Map<string, string> {
  const newest = new Map<string, string>();
  for (const [id, entries] of groups) {
    for (const entry of entries) {
      const date = entry.metadata?.date;
      const resolved = date?.year === undefined ? undefined : resolveDate(date, undefined);
      const day = entry.source?.published ?? (resolved && "day" in resolved ? resolved.day : undefined);
      if (day !== undefined && compareCodePoints(day, newest.get(id) ?? "") > 0) newest.set(id, day);
    }
  }
  return newest;
}

/** The digest's current year for a given listing date, by rule 1 or 2 of `dates.ts`. */
function currentYearFor(digest: ParsedDigest, anchor: string | undefined): (date: ListingDate) => number | undefined {
  const fromDigest = yearFromExplicitYears(digest.entries.flatMap((entry) => entry.metadata?.date ?? []));
  if (fromDigest !== undefined) return () => fromDigest;
  if (anchor === undefined) return () => undefined;
  const digestYear = digest.date ? firstYearOnOrAfter(digest.date, anchor) : undefined;
  return (date) => digestYear ?? firstYearOnOrAfter(date, anchor);
}

export function resolveDates(
  digests: readonly ParsedDigest[],
  groups: ReadonlyMap<string, readonly CleanEntry[]>,
  warnings: Warning[],
): { dated: Map<CleanEntry, DatedEntry>; digestDates: Map<string, DigestDate> } {
  const knownDays = explicitDays(groups);
  const groupOf = new Map<CleanEntry, string>();
  for (const [id, entries] of groups) for (const entry of entries) groupOf.set(entry, id);
  const dated = new Map<CleanEntry, DatedEntry>();
  const digestDates = new Map<string, DigestDate>();

  for (const digest of digests) {
    const anchorDays = digest.entries.flatMap((entry) => knownDays.get(groupOf.get(entry) ?? "") ?? []);
    const anchor = anchorDays.sort(compareCodePoints).at(-1);
    const yearFor = currentYearFor(digest, anchor);
    let unresolved = 0;
    for (const entry of digest.entries) {
      // A structured source gives a full day; only text listings leave the year out.
      const sourceDay = entry.source?.published;
      if (sourceDay !== undefined) {
        dated.set(entry, { ...entry, published: { day: sourceDay, inferred: false } });
        continue;
      }
      const date = entry.metadata?.date;
      const resolved = date ? resolveDate(date, yearFor(date)) : undefined;
      if (date && !resolved) unresolved += 1;
      if (resolved && "invalid" in resolved) {
        warnings.push({
          file: entry.file,
          // Only a text entry's metadata has a date to be invalid.
          ...(entry.metadata ? { line: entry.metadata.dateLine ?? entry.metadata.line } : {}),
          field: "published",
          message: `no such day ${resolved.invalid}; the paper is kept without this field; fix the date`,
        });
      }
      dated.set(entry, resolved && "day" in resolved ? { ...entry, published: resolved } : { ...entry });
    }
    if (unresolved > 0) {
      warnings.push({
        file: digest.file,
        message: `${unresolved} year-less dates and no way to infer the year (no explicit year in this digest, no known date of its papers); left empty`,
      });
    }
    const digestDate = digest.date ? resolveDate(digest.date, yearFor(digest.date)) : undefined;
    if (digest.date && !(digestDate && "day" in digestDate)) {
      warnings.push({
        file: digest.file,
        ...(digest.dateLine ? { line: digest.dateLine } : {}),
        message: "the digest date's year cannot be inferred or the date is invalid; left empty",
      });
    }
    digestDates.set(
      digest.id,
      digestDate && "day" in digestDate ? { day: digestDate.day, inferred: digestDate.inferred } : { inferred: false },
    );
  }
  return { dated, digestDates };
}
