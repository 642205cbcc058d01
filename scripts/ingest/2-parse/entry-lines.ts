/** The small grammar of a digest's non-text lines: header lines, the digest date, and entry metadata. */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** A date as the listing shows it: the year is absent for the listing's current year. */
export interface ListingDate {
  month: number;
  day: number;
  year?: number;
}

export const HEADER_LINES = new Set(
  [
    "new",
    "Get trending papers in your email inbox!",
    "Get trending papers in your email inbox once a day!",
    "Subscribe",
    "Daily Papers",
    "byAK and the research community",
  ].map((line) => line.toLowerCase()),
);

export function isHeaderLine(line: string): boolean {
  return HEADER_LINES.has(line.trim().toLowerCase());
}

/** `Subscribe1.58-bit FLUX`: layout B glues the first title to the header's last word. */
export function splitGluedSubscribe(line: string): string | undefined {
  const match = /^Subscribe(\S.*)$/.exec(line.trim());
  return match?.[1]?.trim();
}

const MONTH_PATTERN = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
const DATE_LINE = new RegExp(`^${MONTH_PATTERN} (\\d{1,2})(?:, (\\d{4}))?(?: (\\d+))?$`, "i");

export interface DateLine {
  date: ListingDate;
  upvotes?: number;
}

/** `Nov 10, 2023 1` → that day with 1 upvote; `Mar 15` → a year-less day. */
export function parseDateLine(line: string): DateLine | undefined {
  const match = DATE_LINE.exec(line.trim());
  if (!match) return undefined;
  const [, monthName = "", day = "", year, upvotes] = match;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
  const date: ListingDate = { month, day: Number(day), ...(year ? { year: Number(year) } : {}) };
  return { date, ...(upvotes ? { upvotes: Number(upvotes) } : {}) };
}

/** `• 8 authors` (also `1 author`). */
export function parseAuthorsLine(line: string): number | undefined {
  const match = /^[•·*-]\s*(\d+)\s+authors?$/i.exec(line.trim());
  return match ? Number(match[1]) : undefined;
}

export function isSeparatorLine(line: string): boolean {
  return line.trim() === "·";
}

/** `openbmb OpenBMB`: the account handle, then the display name (which may have spaces). */
export function parseOrganizationLine(line: string): { handle: string; name: string } | undefined {
  const match = /^(\S+)(?:\s+(.+))?$/.exec(line.trim());
  if (!match?.[1] || line.trim().length > 120) return undefined;
  return { handle: match[1], name: match[2]?.trim() ?? match[1] };
}
