/**
 * What Pagefind indexes for one paper: a custom record built from the paper's data, so the index needs neither the
 * rendered page nor HTML made up for it, and can be built while the site renders (see `scripts/search-index/`).
 *
 * Contract with the search page: the content is the abstract alone, so Pagefind's excerpts never repeat the title;
 * the title is meta `title`, which Pagefind searches and ranks above the content (its default `ranking.metaWeights`
 * gives `title` 5). Meta `title`, `date` (with `inferred: "year"` when the listing gave no year), `organisation`,
 * `authors`, `upvotes` (the last three only when known), `authorNames` (every name, comma-separated, so a search
 * finds a paper by its authors; only when a source named them);
 * filters `topic` (one per topic), `year`, `organisation`, `has-code`, `digest` (the digest's label, as the digest
 * pages name it), `category` (each arXiv category, when known), `has-notes`, and from the owner's note `status` and
 * `tag` (meta `notes: "yes"` marks the result; the note's text follows the abstract in the content); sort keys `date` (day number, see `sortValue`) and `upvotes`, numeric and present on every paper. Values are plain
 * text, never markup.
 */
import type { Paper } from "../../schema/paper";
import { NOTE_STATUS_LABELS, type NoteStatus } from "../notes/note-status";

/** What a paper's note adds to its record: its words, and its status and tags as filters. */
export interface RecordNote {
  text: string;
  tags: readonly string[];
  status?: NoteStatus | undefined;
}

/** Pagefind's `CustomRecord`, as written to the records file the indexer reads. */
export interface SearchRecord {
  /** Root-relative URL of the paper page; Pagefind's client prefixes the site's base. */
  url: string;
  content: string;
  language: "en";
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The URL path Pagefind reports for a paper, before the base. */
export function paperRecordUrl(slug: string): string {
  return `/papers/${slug}/`;
}

/** The sort keys every record carries. */
export type SearchSortKey = "date" | "upvotes";

const DAY_MS = 86_400_000;

/**
 * A record's sort value from its meta: what Pagefind sorts one shard by, and what the search page compares when it
 * merges sorted shards. A date is its day number since 1970: Pagefind compares sort values as 32-bit floats, which
 * cannot tell `20250623` from `20250625`, while a day number stays exact. Pagefind sorts numerically only when every
 * value is a number, so an undated paper sorts as 0 (last when newest first).
 */
export function sortValue(meta: Readonly<Record<string, string | undefined>>, key: SearchSortKey): number {
  if (key === "upvotes") return Number(meta["upvotes"] ?? 0) || 0;
  const day = meta["date"];
  return day === undefined
    ? 0
    : Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS || 0;
}

/**
 * `digestLabels` maps digest ids to what the reader sees (`distinctDigestLabels`); an id it lacks is shown as is.
 */
export function searchRecord(
  data: Paper,
  topicNames: readonly string[],
  digestLabels: ReadonlyMap<string, string> = new Map(),
  note?: RecordNote,
): SearchRecord {
  const upvotes = String(data.upvotes ?? 0);
  const organisation = data.organization?.name;
  const meta: Record<string, string> = { title: data.title };
  // Like the rest of the site, a paper without upvotes shows none rather than "0".
  if (data.upvotes) meta["upvotes"] = upvotes;
  const filters: Record<string, string[]> = {};
  if (data.published) {
    meta["date"] = data.published;
    if (data.inferred.includes("published")) meta["inferred"] = "year";
    filters["year"] = [data.published.slice(0, 4)];
  }
  if (data.authorsCount) meta["authors"] = String(data.authorsCount);
  if (data.authors) meta["authorNames"] = data.authors.join(", ");
  if (organisation) {
    meta["organisation"] = organisation;
    filters["organisation"] = [organisation];
  }
  if (topicNames.length > 0) filters["topic"] = [...topicNames];
  filters["has-code"] = [data.githubRepo || data.links.some((link) => link.kind === "code") ? "yes" : "no"];
  if (data.categories) filters["category"] = [...data.categories];
  filters["digest"] = [
    ...new Set(data.appearances.map((appearance) => digestLabels.get(appearance.digest) ?? appearance.digest)),
  ];
  filters["has-notes"] = [note ? "yes" : "no"];
  if (note?.status) filters["status"] = [NOTE_STATUS_LABELS[note.status]];
  if (note && note.tags.length > 0) filters["tag"] = [...note.tags];
  if (note) meta["notes"] = "yes";
  return {
    url: paperRecordUrl(data.slug),
    // The owner's own words follow the abstract, so a search finds them and the excerpt can show them.
    content: note?.text ? `${data.abstract}\n\n${note.text}` : data.abstract,
    language: "en",
    meta,
    filters,
    sort: { date: String(sortValue(meta, "date")), upvotes: String(sortValue(meta, "upvotes")) },
  };
}
