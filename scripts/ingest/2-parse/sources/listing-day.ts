/** The day a listing stands for, when a source gives it per item rather than once. */
import { compareCodePoints } from "../../../../src/lib/order";
import { isCalendarDay } from "../../../../src/schema/sources/values";

/** The most common day; a tie goes to the later day (a listing shows papers of its day and the days before). */
export function mostCommonDay(days: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const day of days) if (day !== undefined) counts.set(day, (counts.get(day) ?? 0) + 1);
  let best: string | undefined;
  for (const [day, count] of counts) {
    const bestCount = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== undefined && compareCodePoints(day, best) > 0))
      best = day;
  }
  return best;
}

/**
 * The day a file's name holds (`hf-2024-03-12.json`, `daily_papers_date-2024-03-12.json`), when it holds exactly one:
 * `npm run fetch` names a Hugging Face day by the date it asked for, which is the listing's own day.
 */
export function dayInFileName(file: string): string | undefined {
  const days = new Set([...file.matchAll(/(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g)].map((match) => match[1] ?? ""));
  const [day] = days;
  if (days.size !== 1 || day === undefined) return undefined;
  return isCalendarDay(day) ? day : undefined;
}
