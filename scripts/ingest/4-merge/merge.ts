/**
 * Merges the entries that are one paper into a single record: every known field is kept, explicit values beat
 * inferred ones, the richest source that has a field gives it, and disagreements are reported rather than
 * silently resolved. Entries of text digests alone merge as they always have: in digest order.
 */
import { compareCodePoints } from "../../../src/lib/order";
import type { Appearance, Layout, PaperLink, SourcedField } from "../../../src/schema/paper";
import { sourcedFieldSchema } from "../../../src/schema/paper";
import type { CleanEntry } from "../3-clean/clean-entry";
import type { SourceFields } from "../2-parse/sources/source-entry";
import { paperIdFromArxivId } from "../3-clean/identity";
import type { Warning } from "../report";
import { formatPlace } from "../report";
import { entryPlace, entryWhere } from "../entry-place";

/** An entry with its listing date resolved to a day. */
export interface DatedEntry extends CleanEntry {
  published?: { day: string; inferred: boolean };
}

/** A paper as its entries together describe it: the text fields, and every field a structured source can give. */
export interface MergedPaper extends SourceFields {
  id: string;
  title: string;
  abstract: string;
  paragraphs: string[];
  links: PaperLink[];
  publishedInferred: boolean;
  authorsCount?: number;
  /** The digest each field came from; present when a structured source is among the entries. */
  sources?: Partial<Record<SourcedField, string>>;
  appearances: Appearance[];
  entries: DatedEntry[];
}

/**
 * How much a source says about a paper: arXiv's own feed is the reference for its text, authors and categories;
 * Hugging Face's API adds the listing's facts; feeds say less, and text digests least.
 */
const SOURCE_RANK: Record<Layout, number> = {
  A: 0,
  B: 0,
  C: 0,
  rss: 1,
  "json-feed": 1,
  "hf-daily-papers": 2,
  "hf-paper": 2,
  "arxiv-atom": 3,
};

const rankOf = (entry: CleanEntry): number => (entry.source ? SOURCE_RANK[entry.source.layout] : 0);

function byDigestThenPosition(a: CleanEntry, b: CleanEntry): number {
  return compareCodePoints(a.digest, b.digest) || a.position - b.position;
}

function place(entry: CleanEntry): string {
  return formatPlace(entry);
}

/** A merged value and the entry it was taken from. */
interface Picked<T> {
  value: T;
  from: DatedEntry;
}

/**
 * Explicit days beat inferred ones; among those, the richest source's; among equals the earliest day wins, and a
 * disagreement is reported.
 */
function mergePublished(
  entries: readonly DatedEntry[],
  warnings: Warning[],
): Picked<{ day: string; inferred: boolean }> | undefined {
  const dated = entries.filter((entry) => entry.published);
  const explicit = dated.filter((entry) => entry.published?.inferred === false);
  const pool = explicit.length > 0 ? explicit : dated;
  const days = [...new Set(pool.map((entry) => entry.published?.day ?? ""))].sort(compareCodePoints);
  const first = entries[0];
  if (days.length > 1 && first) {
    warnings.push({
      ...entryPlace(first),
      message: `the same paper is dated ${days.join(" and ")} in ${pool.map(place).join(", ")}; using ${days[0] ?? ""}`,
    });
  }
  const richest = Math.max(...pool.map(rankOf));
  const chosen = pool
    .filter((entry) => rankOf(entry) === richest)
    .sort((a, b) => compareCodePoints(a.published?.day ?? "", b.published?.day ?? ""))[0];
  if (!chosen?.published) return undefined;
  return { value: { day: chosen.published.day, inferred: explicit.length === 0 }, from: chosen };
}

/** The richest source's value (digest order among equals); a different value elsewhere is reported. */
function mergeField<T>(
  richestFirst: readonly DatedEntry[],
  read: (entry: DatedEntry) => T | undefined,
  label: string,
  warnings: Warning[],
): Picked<T> | undefined {
  const known = richestFirst.filter((entry) => read(entry) !== undefined);
  const first = known[0];
  const value = first ? read(first) : undefined;
  if (!first || value === undefined) return undefined;
  const conflicting = known.find((entry) => JSON.stringify(read(entry)) !== JSON.stringify(value));
  if (conflicting) {
    warnings.push({
      ...entryPlace(conflicting),
      message: `${label} ${JSON.stringify(read(conflicting))} differs from ${JSON.stringify(value)} at ${place(first)}; keeping the latter`,
    });
  }
  return { value, from: first };
}

/** The value `better` prefers, across every entry that has one; the first such entry in `entries` gives it. */
function extreme<T>(
  entries: readonly DatedEntry[],
  read: (entry: DatedEntry) => T | undefined,
  better: (a: T, b: T) => boolean,
): Picked<T> | undefined {
  let best: Picked<T> | undefined;
  for (const entry of entries) {
    const value = read(entry);
    if (value !== undefined && (best === undefined || better(value, best.value))) best = { value, from: entry };
  }
  return best;
}

const larger = (a: number, b: number): boolean => a > b;
const earlier = (a: string, b: string): boolean => compareCodePoints(a, b) < 0;
const later = (a: string, b: string): boolean => compareCodePoints(a, b) > 0;

function mergeLinks(entries: readonly CleanEntry[]): PaperLink[] {
  const seen = new Map<string, PaperLink>();
  for (const link of entries.flatMap((entry) => entry.links)) if (!seen.has(link.url)) seen.set(link.url, link);
  return [...seen.values()];
}

/** The fields of structured sources, each from the entry the merge rules pick. */
function mergeSourceFields(entries: readonly DatedEntry[], richestFirst: readonly DatedEntry[], warnings: Warning[]) {
  const firstOf = (read: (entry: DatedEntry) => unknown) => richestFirst.find((entry) => read(entry) !== undefined);
  const summaryFrom = firstOf((entry) => entry.source?.aiSummary);
  return {
    arxivId: mergeField(richestFirst, (entry) => entry.source?.arxivId, "arXiv ID", warnings),
    authors: pick(
      firstOf((entry) => entry.source?.authors),
      (entry) => entry.source?.authors,
    ),
    categories: pick(
      firstOf((entry) => entry.source?.categories),
      (entry) => entry.source?.categories,
    ),
    updated: extreme(entries, (entry) => entry.source?.updated, later),
    listedOn: extreme(entries, (entry) => entry.source?.listedOn, earlier),
    comments: extreme(entries, (entry) => entry.source?.comments, larger),
    githubRepo: pick(
      firstOf((entry) => entry.source?.githubRepo),
      (entry) => entry.source?.githubRepo,
    ),
    githubStars: extreme(entries, (entry) => entry.source?.githubStars, larger),
    projectPage: pick(
      firstOf((entry) => entry.source?.projectPage),
      (entry) => entry.source?.projectPage,
    ),
    aiSummary: pick(summaryFrom, (entry) => entry.source?.aiSummary),
    aiSummaryModel: pick(summaryFrom, (entry) => entry.source?.aiSummaryModel),
    keywords: pick(
      firstOf((entry) => entry.source?.keywords),
      (entry) => entry.source?.keywords,
    ),
  };
}

function pick<T>(entry: DatedEntry | undefined, read: (entry: DatedEntry) => T | undefined): Picked<T> | undefined {
  const value = entry ? read(entry) : undefined;
  return entry && value !== undefined ? { value, from: entry } : undefined;
}

type PickedValues<P> = { [K in keyof P]?: P[K] extends Picked<infer T> | undefined ? T : never };

/** The values of the fields picked, absent ones left out. */
function valuesOf<P extends Record<string, Picked<unknown> | undefined>>(picks: P): PickedValues<P> {
  const values: Record<string, unknown> = {};
  for (const [field, picked] of Object.entries(picks)) if (picked !== undefined) values[field] = picked.value;
  return values as PickedValues<P>;
}

/** The digest each sourced field was taken from, in the schema's order. */
function sourcesOf(picks: Partial<Record<string, Picked<unknown> | undefined>>): Partial<Record<SourcedField, string>> {
  const sources: Partial<Record<SourcedField, string>> = {};
  for (const field of sourcedFieldSchema.options) {
    const picked = picks[field];
    if (picked !== undefined) sources[field] = picked.from.digest;
  }
  return sources;
}

export function mergeEntries(group: readonly DatedEntry[], warnings: Warning[]): MergedPaper {
  const entries = [...group].sort(byDigestThenPosition);
  // Stable: among sources of one rank, digest order stands.
  const richestFirst = [...entries].sort((a, b) => rankOf(b) - rankOf(a));
  const withAbstract = richestFirst.find((entry) => entry.abstract !== "") ?? richestFirst[0];
  if (!withAbstract) throw new Error("mergeEntries needs at least one entry");
  const published = mergePublished(entries, warnings);
  const counted = {
    upvotes: extreme(entries, (entry) => entry.source?.upvotes ?? entry.metadata?.upvotes, larger),
    authorsCount: mergeField(
      richestFirst,
      (entry) => entry.source?.authors?.length ?? entry.metadata?.authorsCount,
      "author count",
      warnings,
    ),
    organization: mergeField(
      richestFirst,
      (entry) => entry.source?.organization ?? entry.metadata?.organization,
      "organisation",
      warnings,
    ),
  };
  const structured = entries.some((entry) => entry.source);
  const sourced = structured ? mergeSourceFields(entries, richestFirst, warnings) : undefined;
  const arxivId = sourced?.arxivId?.value;
  const text = { value: withAbstract.title, from: withAbstract };
  return {
    id: arxivId === undefined ? withAbstract.id : paperIdFromArxivId(arxivId),
    title: withAbstract.title,
    abstract: withAbstract.abstract,
    paragraphs: withAbstract.paragraphs,
    links: mergeLinks(entries),
    ...(published ? { published: published.value.day } : {}),
    publishedInferred: published?.value.inferred ?? false,
    ...valuesOf(counted),
    ...(sourced ? valuesOf(sourced) : {}),
    ...(sourced
      ? {
          sources: sourcesOf({
            title: text,
            abstract: text,
            ...(published ? { published: { value: published.value.day, from: published.from } } : {}),
            ...counted,
            ...sourced,
          }),
        }
      : {}),
    appearances: entries.map((entry) => ({ digest: entry.digest, position: entry.position, ...entryWhere(entry) })),
    entries,
  };
}
