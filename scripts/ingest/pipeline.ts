/**
 * The pure ingest: digest files in, paper pages, digest catalogue and report out. No disk, no console:
 * the CLI and the writer own those, so everything here is testable with plain values.
 */
import { compareCodePoints } from "../../src/lib/order";
import type { Digest, DigestEntry, Paper } from "../../src/schema/paper";
import type { CleanEntry } from "./3-clean/clean-entry";
import type { Place, Reject, Warning } from "./report";
import { groupEntries, joinByArxivId, reportTitleCollisions } from "./4-merge/group";
import { renderPage } from "./5-write/mdx";
import { validatePaper } from "./5-write/validate-paper";
import type { DatedEntry, MergedPaper } from "./4-merge/merge";
import { mergeEntries } from "./4-merge/merge";
import type { DigestInput, ParsedDigest } from "./digest-file";
import { digestId, parseDigest } from "./digest-file";
import type { DigestReport, IngestReport, Totals } from "./report";
import { checkInvariant } from "./report";
import { entryPlace, entryWhere } from "./entry-place";
import { resolveDates } from "./4-merge/resolve-dates";
import type { SlugRecord } from "./4-merge/slug";
import { assignSlugs, EMPTY_SLUG_RECORD } from "./4-merge/slug";

export interface Page {
  slug: string;
  content: string;
  /** The validated frontmatter of `content`, for the derivations that follow. */
  data: Paper;
}

export interface IngestResult {
  /** Sorted by slug. */
  pages: Page[];
  /** Sorted by id. */
  digests: Digest[];
  report: IngestReport;
  /** The slug of every paper and the held slugs of papers that left, for the next run. */
  slugs: SlugRecord;
}

/** What the previous run assigned, read by the runner from the output folder, and the problems reading it. */
export interface PreviousSlugs {
  record: SlugRecord;
  warnings: readonly Warning[];
}

const NO_PREVIOUS_SLUGS: PreviousSlugs = { record: EMPTY_SLUG_RECORD, warnings: [] };

function toPaper(merged: MergedPaper, slug: string): Paper {
  return {
    id: merged.id,
    slug,
    title: merged.title,
    abstract: merged.abstract,
    ...(merged.published ? { published: merged.published } : {}),
    ...(merged.upvotes !== undefined ? { upvotes: merged.upvotes } : {}),
    ...(merged.authorsCount !== undefined ? { authorsCount: merged.authorsCount } : {}),
    ...(merged.organization ? { organization: merged.organization } : {}),
    ...sourceFields(merged),
    links: merged.links,
    inferred: merged.published && merged.publishedInferred ? ["published"] : [],
    ...machineGenerated(merged),
    appearances: merged.appearances,
    ...(merged.sources ? { sources: merged.sources } : {}),
  };
}

/** The fields only structured sources give, as the page schema names them. */
type SourceOnlyField =
  | "arxivId"
  | "authors"
  | "categories"
  | "updated"
  | "listedOn"
  | "comments"
  | "githubRepo"
  | "githubStars"
  | "projectPage"
  | "aiSummary"
  | "aiSummaryModel"
  | "keywords";

function sourceFields(merged: MergedPaper): Pick<Paper, SourceOnlyField> {
  const { arxivId, authors, categories, updated, listedOn, comments, githubRepo, githubStars, projectPage } = merged;
  const { aiSummary, aiSummaryModel, keywords } = merged;
  return {
    ...(arxivId ? { arxivId } : {}),
    ...(authors ? { authors } : {}),
    ...(categories ? { categories } : {}),
    ...(updated ? { updated } : {}),
    ...(listedOn ? { listedOn } : {}),
    ...(comments === undefined ? {} : { comments }),
    ...(githubRepo ? { githubRepo } : {}),
    ...(githubStars === undefined ? {} : { githubStars }),
    ...(projectPage ? { projectPage } : {}),
    ...(aiSummary ? { aiSummary } : {}),
    ...(aiSummaryModel ? { aiSummaryModel } : {}),
    ...(keywords ? { keywords } : {}),
  };
}

function machineGenerated(merged: MergedPaper): Pick<Paper, "machineGenerated"> {
  const fields = [
    ...(merged.aiSummary ? ["aiSummary" as const] : []),
    ...(merged.keywords ? ["keywords" as const] : []),
  ];
  return fields.length > 0 ? { machineGenerated: fields } : {};
}

const placeKey = (place: Place): string => `${place.file}\u0000${place.line ?? ""}\u0000${place.index ?? ""}`;

function parseAll(inputs: readonly DigestInput[], skipped: DigestReport[]): ParsedDigest[] {
  const parsed: ParsedDigest[] = [];
  const seenIds = new Set<string>();
  for (const input of [...inputs].sort((a, b) => compareCodePoints(a.file, b.file))) {
    const id = digestId(input.file);
    const result = seenIds.has(id)
      ? {
          ok: false as const,
          file: input.file,
          reason: `another digest already has the id ${JSON.stringify(id)} (same name, other extension)`,
          warnings: [],
        }
      : parseDigest(input);
    seenIds.add(id);
    if (result.ok) parsed.push(result.digest);
    else
      skipped.push({
        file: result.file,
        id,
        layout: null,
        entries: 0,
        published: 0,
        rejected: 0,
        skipped: result.reason,
        warnings: result.warnings,
      });
  }
  return parsed;
}

export function runIngest(inputs: readonly DigestInput[], previous: PreviousSlugs = NO_PREVIOUS_SLUGS): IngestResult {
  const warnings: Warning[] = [...previous.warnings];
  const rejects: Reject[] = [];
  const skipped: DigestReport[] = [];
  const digests = parseAll(inputs, skipped);
  for (const digest of digests) warnings.push(...digest.warnings);

  const entries = digests.flatMap((digest) => digest.entries);
  const rejectEntry = (entry: CleanEntry, reason: string): void => {
    rejects.push({ ...entryPlace(entry), reason, ...(entry.title ? { title: entry.title } : {}) });
  };
  for (const entry of entries) if (entry.rejected) rejectEntry(entry, entry.rejected);

  const groups = joinByArxivId(
    groupEntries(
      entries.filter((entry) => !entry.rejected),
      warnings,
    ),
  );
  reportTitleCollisions(groups, warnings);
  const { dated, digestDates } = resolveDates(digests, groups, warnings);
  const merged = [...groups.values()].map((group) =>
    mergeEntries(
      group.map((entry) => dated.get(entry) ?? (entry as DatedEntry)),
      warnings,
    ),
  );
  const assignment = assignSlugs(merged, previous.record);
  const slugs = assignment.papers;

  const pages: Page[] = [];
  for (const paper of merged) {
    const slug = slugs.get(paper.id) ?? "";
    const first = paper.entries[0];
    const place = first ? entryPlace(first) : { file: "" };
    const checked = validatePaper(toPaper(paper, slug), place, warnings);
    if (!checked.ok) {
      for (const entry of paper.entries) rejectEntry(entry, `the page fails the schema: ${checked.problem}`);
      continue;
    }
    pages.push({ slug, content: renderPage(checked.paper, paper.paragraphs), data: checked.paper });
  }
  pages.sort((a, b) => compareCodePoints(a.slug, b.slug));

  const publishedSlugs = new Set(pages.map((page) => page.slug));
  const slugByPlace = new Map<string, string>();
  for (const paper of merged) {
    const slug = slugs.get(paper.id);
    if (!slug || !publishedSlugs.has(slug)) continue;
    for (const entry of paper.entries) slugByPlace.set(`${entry.digest}\u0000${entry.position}`, slug);
  }
  const rejectByPlace = new Map(rejects.map((reject) => [placeKey(reject), reject.reason]));

  const catalogue: Digest[] = [];
  const digestReports: DigestReport[] = [...skipped];
  for (const digest of digests) {
    const digestEntries: DigestEntry[] = digest.entries.map((entry) => {
      const slug = slugByPlace.get(`${digest.id}\u0000${entry.position}`);
      const reason = rejectByPlace.get(placeKey(entryPlace(entry))) ?? "not published";
      return { position: entry.position, ...entryWhere(entry), ...(slug ? { slug } : { rejected: reason }) };
    });
    const date = digestDates.get(digest.id) ?? { inferred: false };
    catalogue.push({
      id: digest.id,
      file: digest.file,
      layout: digest.layout,
      ...(date.day ? { date: date.day } : {}),
      dateInferred: date.inferred,
      entries: digestEntries,
    });
    const published = digestEntries.filter((entry) => entry.slug).length;
    digestReports.push({
      file: digest.file,
      id: digest.id,
      layout: digest.layout,
      ...(date.day ? { date: date.day, dateInferred: date.inferred } : {}),
      entries: digestEntries.length,
      published,
      rejected: digestEntries.length - published,
      warnings: warnings.filter((warning) => warning.file === digest.file),
    });
  }
  catalogue.sort((a, b) => compareCodePoints(a.id, b.id));
  digestReports.sort((a, b) => compareCodePoints(a.file, b.file));

  for (const report of skipped) warnings.push({ file: report.file, message: `skipped: ${report.skipped ?? ""}` });
  const entriesRead = digestReports.reduce((sum, digest) => sum + digest.entries, 0);
  const entriesPublished = digestReports.reduce((sum, digest) => sum + digest.published, 0);
  const totals: Totals = {
    digestsFound: inputs.length,
    digestsRead: digests.length,
    digestsSkipped: skipped.length,
    entriesRead,
    entriesPublished,
    papersPublished: pages.length,
    duplicatesMerged: entriesPublished - pages.length,
    entriesRejected: rejects.length,
    warnings: warnings.length,
  };
  return {
    pages,
    digests: catalogue,
    report: { digests: digestReports, totals, invariant: checkInvariant(totals), warnings, rejects },
    slugs: assignment,
  };
}
