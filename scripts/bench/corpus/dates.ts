/** Listing dates as the digests print them: `Mon D` for the current year, `Mon D, YYYY` otherwise. */
import type { Random } from "./prng";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export interface ListingDate {
  month: number;
  day: number;
  /** Absent when the listing omits it (the current year). */
  year?: number;
}

/** Only valid days, so every generated date is one the ingest must accept. */
export function randomListingDate(random: Random, yearless: boolean): ListingDate {
  const month = random.int(0, 11);
  const day = random.int(1, DAYS_IN_MONTH[month] ?? 28);
  return yearless ? { month, day } : { month, day, year: random.int(2017, 2024) };
}

export function formatListingDate(date: ListingDate): string {
  const head = `${MONTHS[date.month] ?? "Jan"} ${date.day}`;
  return date.year === undefined ? head : `${head}, ${date.year}`;
}
