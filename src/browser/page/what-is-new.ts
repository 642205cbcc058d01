/**
 * "New since your last visit" on the home page and the topic pages: rows whose paper first arrived after the
 * reader's last visit get a "New" mark, and the page says how many arrived. The rules are `nextVisit`'s; this
 * module only reads the page and the visit record, kept in localStorage per site.
 */
import { countOf } from "../../lib/format";
import { arrivalsSince, isNewSince, nextVisit, parseArrivals, type VisitRecord } from "../../lib/what-is-new";

const storageKey = `lectern-last-visit:${import.meta.env.BASE_URL.replace(/\/?$/, "/")}`;

const isDay = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

function readRecord(): VisitRecord | undefined {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? "null");
    if (typeof stored !== "object" || stored === null || !("at" in stored) || typeof stored.at !== "number")
      return undefined;
    const seen = "seen" in stored && isDay(stored.seen) ? stored.seen : undefined;
    const since = "since" in stored && isDay(stored.since) ? stored.since : undefined;
    return { at: stored.at, ...(seen ? { seen } : {}), ...(since ? { since } : {}) };
  } catch {
    return undefined;
  }
}

function writeRecord(record: VisitRecord): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(record));
  } catch {
    // Storage blocked: every visit is then a first one, which marks nothing.
  }
}

const newMark = (): HTMLSpanElement => {
  const mark = document.createElement("span");
  mark.className = "new-mark";
  mark.textContent = "New";
  return mark;
};

function summary(arrivals: string, since: string | undefined, first: boolean): string | undefined {
  if (first) return "Papers that arrive after this visit will be marked as new when you come back.";
  if (since === undefined) return undefined;
  const { count, atLeast } = arrivalsSince(parseArrivals(arrivals), since);
  if (count === 0) return "Nothing new since your last visit.";
  return `New since your last visit: ${atLeast ? "more than " : ""}${countOf(count, "paper")}.`;
}

export const installWhatIsNew = (root: ParentNode): void => {
  const host = root.querySelector<HTMLElement>("[data-arrivals]");
  const rows = root.querySelectorAll<HTMLElement>("li[data-listed]");
  if (!host && rows.length === 0) return;
  const arrivals = host?.dataset["arrivals"] ?? "";
  const newest = parseArrivals(arrivals).days[0]?.[0];
  const { record, since, first } = nextVisit(readRecord(), newest, Date.now());
  writeRecord(record);
  for (const row of rows)
    if (isNewSince(row.dataset["listed"], since)) row.querySelector("h2, h3, h4")?.append(" ", newMark());
  const text = host && summary(arrivals, since, first);
  if (!host || !text) return;
  const line = document.createElement("p");
  line.className = "whats-new";
  line.textContent = text;
  host.after(line);
};
