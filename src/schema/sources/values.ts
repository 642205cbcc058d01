/**
 * Building blocks of the source schemas: values as the JSON and XML parsers hand them over, read leniently where
 * the formats vary (a number where a string is due, an XML element with attributes) and strictly where a wrong
 * value would mislead (days, counts, addresses).
 */
import { z } from "zod";
import { arxivCategorySchema, isoDaySchema } from "../paper";

const scalarText = z.union([z.string(), z.number().transform(String)]);

/**
 * Text of a JSON string or an XML element, trimmed: the XML parser gives an element with attributes as an object
 * whose text is `#text`, and a number-like element as a number when asked to.
 */
export const textSchema = z
  .union([scalarText, z.object({ "#text": scalarText }).transform((node) => node["#text"])])
  .transform((text) => text.trim());

export const nonEmptyTextSchema = textSchema.pipe(z.string().min(1, "expected text, found an empty value"));

/** Whether a `YYYY-MM-DD` day exists in the calendar (no Feb 30, no month 13). */
export function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** A day that exists in the calendar. */
export const calendarDaySchema = isoDaySchema.refine(isCalendarDay, "expected a day that exists in the calendar");

/**
 * The calendar day of an ISO 8601 timestamp as written, in the timestamp's own offset: `2024-03-11T11:46:12.000Z`
 * and `2016-10-09T00:00:00-04:00` are the 11th and the 9th. The day is what a listing means; converting to UTC
 * would move arXiv's midnight announcements to the day before.
 */
export const timestampDaySchema = textSchema
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)/, "expected an ISO 8601 date or timestamp"))
  .transform((timestamp) => timestamp.slice(0, 10))
  .pipe(calendarDaySchema);

/** A count such as upvotes or stars: a whole number no real page could exceed. */
export const countSchema = z.number().nonnegative().max(1e9, "expected a count below a billion").int();

/** An absolute http(s) address. */
export const webAddressSchema = textSchema.pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain }));

/** An arXiv category as a feed names it; terms of other schemes (ACM `I.2.6`, MSC `68T05`) do not pass. */
export const categoryTermSchema = textSchema.pipe(arxivCategorySchema);

/** One element or many: the XML parser gives a lone child as itself and repeated children as an array. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [value]), z.array(item));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The calendar day of an RFC 822 date as RSS writes it, as written: `Fri, 23 Feb 2024 00:00:00 -0500` is
 * 2024-02-23, the day arXiv announced it, whatever the reader's time zone.
 */
export const rfc822DaySchema = textSchema
  .transform((date, context) => {
    const [, day, month, year] = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(date) ?? [];
    const monthNumber = MONTHS.indexOf((month ?? "").toLowerCase()) + 1;
    if (day === undefined || year === undefined || monthNumber === 0) {
      context.addIssue({ code: "custom", message: "expected an RFC 822 date such as Fri, 23 Feb 2024 00:00:00 -0500" });
      return z.NEVER;
    }
    return `${year}-${String(monthNumber).padStart(2, "0")}-${day.padStart(2, "0")}`;
  })
  .pipe(calendarDaySchema);
