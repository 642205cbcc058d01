/**
 * Resolves listing dates to calendar days. The listing omits the year for its current year, so a year-less
 * date is placed in the digest's current year, inferred by these rules, in order:
 *  1. one more than the newest explicit year in the same digest (explicit years are shown only for past years);
 *  2. otherwise, the first year in which the date falls on or after the newest known publication day of the
 *     digest's papers (a listing cannot show a paper before it was published);
 *  3. otherwise the year stays unknown and the field is left empty, with a warning.
 */
// The deep import: the package root loads every date-fns module, seconds of start-up per ingest.
import { isExists } from "date-fns/isExists";
import type { ListingDate } from "../2-parse/entry-lines";

export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!isExists(year, month - 1, day)) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Rule 1: the current year from explicit years in the same digest. */
export function yearFromExplicitYears(dates: readonly ListingDate[]): number | undefined {
  const years = dates.flatMap((date) => (date.year === undefined ? [] : [date.year]));
  return years.length > 0 ? Math.max(...years) + 1 : undefined;
}

/** Rule 2: the first year in which month/day is on or after `anchor` (an ISO day). */
export function firstYearOnOrAfter(date: ListingDate, anchor: string): number {
  const anchorYear = Number(anchor.slice(0, 4));
  const monthDay = `${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
  return monthDay >= anchor.slice(5) ? anchorYear : anchorYear + 1;
}

export type ResolvedDate = { day: string; inferred: boolean } | { invalid: string };

/** A listing date as a day; `currentYear` is used only when the listing gave no year. */
export function resolveDate(date: ListingDate, currentYear: number | undefined): ResolvedDate | undefined {
  const year = date.year ?? currentYear;
  if (year === undefined) return undefined;
  const day = isoDay(year, date.month, date.day);
  if (day === undefined) return { invalid: `${year}-${date.month}-${date.day}` };
  return { day, inferred: date.year === undefined };
}
