/**
 * Merges the entries that are one paper into a single record: every known field is kept, explicit values
 * beat inferred ones, and disagreements are reported rather than silently resolved.
 */
import { compareCodePoints } from "../../../src/lib/order";
import type { Appearance, PaperLink } from "../../../src/schema/paper";
import type { CleanEntry } from "../3-clean/clean-entry";
import type { Warning } from "../report";
import { formatPlace } from "../report";

/** An entry with its listing date resolved to a day. */
export interface DatedEntry extends CleanEntry {
  published?: { day: string; inferred: boolean };
}

export interface MergedPaper {
  id: string;
  title: string;
  abstract: string;
  paragraphs: string[];
  links: PaperLink[];
  published?: string;
  publishedInferred: boolean;
  upvotes?: number;
  authorsCount?: number;
  organization?: { handle: string; name: string };
  appearances: Appearance[];
  entries: DatedEntry[];
}

function byDigestThenPosition(a: CleanEntry, b: CleanEntry): number {
  return compareCodePoints(a.digest, b.digest) || a.position - b.position;
}

function place(entry: CleanEntry): string {
  return formatPlace({ file: entry.file, line: entry.line });
}

/** Explicit days beat inferred ones; among equals the earliest day wins, and a disagreement is reported. */
function mergePublished(entries: readonly DatedEntry[], warnings: Warning[]): { day?: string; inferred: boolean } {
  const dated = entries.filter((entry) => entry.published);
  const explicit = dated.filter((entry) => entry.published?.inferred === false);
  const pool = explicit.length > 0 ? explicit : dated;
  const days = [...new Set(pool.map((entry) => entry.published?.day ?? ""))].sort(compareCodePoints);
  const first = entries[0];
  if (days.length > 1 && first) {
    warnings.push({
      file: first.file,
      line: first.line,
      message: `the same paper is dated ${days.join(" and ")} in ${pool.map(place).join(", ")}; using ${days[0]}`,
    });
  }
  return days[0] === undefined ? { inferred: false } : { day: days[0], inferred: explicit.length === 0 };
}

/** First known value in digest order; a different value elsewhere is reported. */
function mergeField<T>(
  entries: readonly DatedEntry[],
  read: (entry: DatedEntry) => T | undefined,
  label: string,
  warnings: Warning[],
): T | undefined {
  const known = entries.filter((entry) => read(entry) !== undefined);
  const first = known[0];
  if (!first) return undefined;
  const value = read(first);
  const conflicting = known.find((entry) => JSON.stringify(read(entry)) !== JSON.stringify(value));
  if (conflicting) {
    warnings.push({
      file: conflicting.file,
      line: conflicting.line,
      message: `${label} ${JSON.stringify(read(conflicting))} differs from ${JSON.stringify(value)} at ${place(first)}; keeping the latter`,
    });
  }
  return value;
}

function mergeLinks(entries: readonly CleanEntry[]): PaperLink[] {
  const seen = new Map<string, PaperLink>();
  for (const link of entries.flatMap((entry) => entry.links)) if (!seen.has(link.url)) seen.set(link.url, link);
  return [...seen.values()];
}

export function mergeEntries(group: readonly DatedEntry[], warnings: Warning[]): MergedPaper {
  const entries = [...group].sort(byDigestThenPosition);
  const withAbstract = entries.find((entry) => entry.abstract !== "") ?? entries[0];
  if (!withAbstract) throw new Error("mergeEntries needs at least one entry");
  const published = mergePublished(entries, warnings);
  const upvotes = Math.max(-1, ...entries.map((entry) => entry.metadata?.upvotes ?? -1));
  const authorsCount = mergeField(entries, (entry) => entry.metadata?.authorsCount, "author count", warnings);
  const organization = mergeField(entries, (entry) => entry.metadata?.organization, "organisation", warnings);
  return {
    id: withAbstract.id,
    title: withAbstract.title,
    abstract: withAbstract.abstract,
    paragraphs: withAbstract.paragraphs,
    links: mergeLinks(entries),
    ...(published.day ? { published: published.day } : {}),
    publishedInferred: published.inferred,
    ...(upvotes >= 0 ? { upvotes } : {}),
    ...(authorsCount !== undefined ? { authorsCount } : {}),
    ...(organization !== undefined ? { organization } : {}),
    appearances: entries.map(({ digest, position, line }) => ({ digest, position, line })),
    entries,
  };
}
