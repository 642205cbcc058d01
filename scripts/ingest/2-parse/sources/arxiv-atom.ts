/**
 * Reads an arXiv API Atom answer, legacy and 2026 formats alike: one entry per paper, reported by the line of its
 * `<entry>`. An error answer and an empty result are skipped with a reason that says which.
 */
import { atomEntryFields, atomFeedFields } from "../../../../src/schema/sources/arxiv-atom";
import { categoryTermSchema } from "../../../../src/schema/sources/values";
import { arxivIdFromAddress } from "./arxiv-id";
import type { SourceProblems } from "./problems";
import { dropFieldAt, warnAt } from "./problems";
import { isRecord, readFields } from "./read-fields";
import type { EntryPlace, SourceEntry, SourceFields, SourceRead } from "./source-entry";
import { placeOf } from "./place";

/** Errors come as a feed whose one entry has an id under arXiv's error page. */
function errorMessage(entries: readonly unknown[]): string | undefined {
  const [entry] = entries;
  if (entries.length !== 1 || !isRecord(entry)) return undefined;
  const { id, summary } = readFields(
    { id: atomEntryFields.id, summary: atomEntryFields.summary },
    entry,
    () => undefined,
  );
  if (!id || !/^https?:\/\/arxiv\.org\/api\/errors/.test(id)) return undefined;
  return summary || id;
}

/** The primary category first, then the others in feed order; terms of other schemes (ACM, MSC) left out. */
function categoriesOf(primary: string | undefined, terms: readonly string[]): string[] {
  const arxivTerms = terms.filter((term) => categoryTermSchema.safeParse(term).success);
  const primaryTerm = primary !== undefined && categoryTermSchema.safeParse(primary).success ? [primary] : [];
  return [...new Set([...primaryTerm, ...arxivTerms])];
}

function atomEntry(entry: unknown, position: number, place: EntryPlace, problems: SourceProblems): SourceEntry {
  const fields = readFields(atomEntryFields, entry, dropFieldAt(problems, place));
  const arxivId = fields.id === undefined ? undefined : arxivIdFromAddress(fields.id);
  if (fields.id !== undefined && arxivId === undefined)
    warnAt(
      problems,
      place,
      `entry id ${JSON.stringify(fields.id)} is no arXiv abstract address; the paper is known by its title and abstract`,
    );
  const categories = categoriesOf(
    fields["arxiv:primary_category"]?.["@_term"],
    (fields.category ?? []).map((category) => category["@_term"]),
  );
  const source: SourceFields = {
    ...(arxivId ? { arxivId } : {}),
    ...(fields.author && fields.author.length > 0 ? { authors: fields.author.map((author) => author.name) } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    ...(fields.published ? { published: fields.published } : {}),
    ...(fields.updated ? { updated: fields.updated } : {}),
  };
  return { ...place, position, title: fields.title ?? "", abstract: fields.summary ?? "", fields: source };
}

/** The digest's day is the day arXiv answered (the feed's `updated`): when these papers reached the site. */
export function readArxivAtom(
  file: string,
  feed: unknown,
  lineOf: (element: unknown) => number | undefined,
): SourceRead {
  const problems: SourceProblems = { file, warnings: [] };
  const fields = readFields(atomFeedFields, feed, dropFieldAt(problems, {}, "feed "));
  const entries = fields.entry ?? [];
  const error = errorMessage(entries);
  if (error !== undefined) return { ok: false, reason: `the arXiv API answered with an error: ${error}`, warnings: [] };
  if (entries.length === 0) {
    const query = fields.title ? ` for ${JSON.stringify(fields.title)}` : "";
    const total = fields["opensearch:totalResults"];
    return {
      ok: false,
      reason: `the arXiv API feed holds no entries${query}${total === undefined ? "" : ` (${total} results)`}`,
      warnings: [],
    };
  }
  const read = entries.map((entry, index) => atomEntry(entry, index + 1, placeOf(entry, index, lineOf), problems));
  return {
    ok: true,
    digest: {
      layout: "arxiv-atom",
      ...(fields.updated ? { date: fields.updated } : {}),
      entries: read,
      warnings: problems.warnings,
    },
  };
}
