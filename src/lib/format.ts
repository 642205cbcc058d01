/**
 * How Lectern writes things for readers: `YYYY-MM-DD` days in words (computed from the string itself, so no time
 * zone can shift a date), counts with their noun, one-line teasers of abstracts, and text escaped for markup.
 */

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

interface DayParts {
  year: number;
  month: number;
  day: number;
}

export function dayParts(isoDay: string): DayParts {
  const [year = 0, month = 1, day = 1] = isoDay.split("-").map(Number);
  return { year, month, day };
}

/** `2024-06-04` → `4 Jun 2024`. */
export function formatDay(isoDay: string): string {
  const { year, month, day } = dayParts(isoDay);
  return `${day} ${monthName(month).slice(0, 3)} ${year}`;
}

/** `2024-06` or month number → `June`. */
export function monthName(month: number): string {
  return monthNames[month - 1] ?? "Unknown month";
}

/** Midday UTC keeps the calendar day stable in every reader's time zone (feeds need a Date). */
export function dayToDate(isoDay: string): Date {
  return new Date(`${isoDay}T12:00:00Z`);
}

/** `2024-06-04` → `4 Jun`, for lists already grouped by year. */
export function formatDayMonth(isoDay: string): string {
  const { month, day } = dayParts(isoDay);
  return `${day} ${monthName(month).slice(0, 3)}`;
}

/** English plural categories; the site is written in English whatever the reader's or the build machine's locale. */
const pluralRules = new Intl.PluralRules("en");

/** `1 paper`, `3 papers`: counts read as words next to their noun, on every page and in the search page's cards. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${pluralRules.select(count) === "one" ? singular : plural}`;
}

/** A one-line teaser of an abstract for listings: the first sentence, clipped at a word boundary. */

export function excerpt(abstract: string, maxLength = 200): string {
  const flat = abstract.replace(/\s+/g, " ").trim();
  const firstSentence = /^(.+?[.!?])(?:\s|$)/.exec(flat)?.[1] ?? flat;
  if (firstSentence.length <= maxLength) return firstSentence;
  const clipped = firstSentence.slice(0, maxLength);
  return `${clipped.slice(0, clipped.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}

/** Escapes text for HTML, SVG or XML element content and attribute values: what comes from digests stays text. */
export function escapeMarkup(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const compactNumber = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** `12 stars`, `1.2K stars`: a count short enough for a button, in English whatever the locale. */
export function compactCountOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${compactNumber.format(count)} ${pluralRules.select(count) === "one" ? singular : plural}`;
}
