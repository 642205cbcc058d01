/**
 * "New since your last visit", judged by listing days. A page that lists papers carries how many arrived on each
 * listing day (`arrivalsAttribute`) and each row its paper's first listing day; the browser keeps one small visit
 * record and asks `nextVisit` which day the marks start after. Pure, so the rules below are tested apart from any
 * page.
 *
 * - The first visit marks nothing: everything would be new. It records the newest listing day seen.
 * - A later visit marks what was listed after the newest day seen before it, and records the newer day.
 * - The marks last for one sitting (until the reader has been away `SITTING_GAP_MS`), so going from the home page
 *   to a paper and back keeps them; the next sitting starts from the newest day seen.
 * - The newest day seen never goes back: an older copy of a page, served from the offline cache, changes nothing.
 */
import { compareCodePoints } from "./order";

/** What the browser keeps between visits. */
export interface VisitRecord {
  /** The newest listing day the reader has been shown (`YYYY-MM-DD`). */
  seen?: string;
  /** Papers listed after this day are marked during the current sitting. */
  since?: string;
  /** When the reader last opened a page that marks new papers (ms since 1970). */
  at: number;
}

/** Away this long, the next page starts a new sitting. */
export const SITTING_GAP_MS = 30 * 60 * 1000;

export interface VisitOutcome {
  /** What to keep for the next page. */
  record: VisitRecord;
  /** Mark papers listed after this day; nothing is marked when absent. */
  since?: string;
  /** No listing day was seen before: say that marks start with the next visit. */
  first: boolean;
}

const later = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : compareCodePoints(a, b) >= 0 ? a : b;

/** `newest` is the newest listing day the page knows, absent on pages that cannot tell (a topic's older pages). */
export function nextVisit(previous: VisitRecord | undefined, newest: string | undefined, now: number): VisitOutcome {
  if (previous?.seen === undefined) {
    const record: VisitRecord = { ...(newest === undefined ? {} : { seen: newest, since: newest }), at: now };
    return { record, first: newest !== undefined };
  }
  const newSitting = now - previous.at > SITTING_GAP_MS || previous.since === undefined;
  const since = newSitting ? previous.seen : previous.since;
  const seen = later(previous.seen, newest) ?? previous.seen;
  return {
    record: { seen, ...(since === undefined ? {} : { since }), at: now },
    ...(since ? { since } : {}),
    first: false,
  };
}

/** Whether a paper first listed on `listed` is marked. */
export const isNewSince = (listed: string | undefined, since: string | undefined): boolean =>
  listed !== undefined && since !== undefined && compareCodePoints(listed, since) > 0;

/** The arrivals a page carries, newest day first; `complete` is false when older days were left out. */
export interface Arrivals {
  days: [day: string, count: number][];
  complete: boolean;
}

/** Listing days a page carries at most: a reader away longer is told "more than". */
export const ARRIVAL_DAYS_KEPT = 60;

/** Papers per first listing day, as the page attribute `2025-12-15:44 2025-12-09:40` (newest first, `+` if cut). */
export function arrivalsAttribute(listed: Iterable<string | undefined>, kept = ARRIVAL_DAYS_KEPT): string {
  const counts = new Map<string, number>();
  for (const day of listed) if (day !== undefined) counts.set(day, (counts.get(day) ?? 0) + 1);
  const days = [...counts].sort(([a], [b]) => compareCodePoints(b, a));
  const shown = days.slice(0, kept).map(([day, count]) => `${day}:${count}`);
  return `${shown.join(" ")}${days.length > kept ? " +" : ""}`;
}

export function parseArrivals(attribute: string): Arrivals {
  const parts = attribute.trim().split(/\s+/).filter(Boolean);
  const days: Arrivals["days"] = [];
  for (const part of parts) {
    const match = /^(\d{4}-\d{2}-\d{2}):(\d+)$/.exec(part);
    if (match?.[1] && match[2]) days.push([match[1], Number(match[2])]);
  }
  return { days, complete: !parts.includes("+") };
}

/** How many papers arrived after `since`; `atLeast` when the page left out days that might hold more. */
export function arrivalsSince(arrivals: Arrivals, since: string): { count: number; atLeast: boolean } {
  const count = arrivals.days.reduce((sum, [day, papers]) => (isNewSince(day, since) ? sum + papers : sum), 0);
  const oldest = arrivals.days.at(-1)?.[0];
  return { count, atLeast: !arrivals.complete && oldest !== undefined && isNewSince(oldest, since) };
}
