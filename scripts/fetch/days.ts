/** Calendar days as `YYYY-MM-DD` strings in UTC, the form the Hugging Face endpoint and the file names use. */
import { isExists } from "date-fns";

const DAY_MS = 86_400_000;
const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (so not `2026-02-30`). */
export function isDay(text: string): boolean {
  const match = DAY_SHAPE.exec(text);
  if (!match) return false;
  return isExists(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The UTC day an instant falls on. */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Every day from `first` to `last`, both included, oldest first; empty when `last` comes before `first`. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= end; time += DAY_MS) days.push(utcDay(time));
  return days;
}
