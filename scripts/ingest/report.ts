/**
 * The ingest report: per-digest facts, totals, every warning and reject, and the conservation invariant; and the
 * problems themselves, collected as values while reading digests, reported together, never thrown.
 */
import { formatProblem } from "../../src/lib/input-problems";
import type { Layout } from "../../src/schema/paper";

export interface DigestReport {
  file: string;
  id: string;
  /** Layout detected, or null when the file was skipped. */
  layout: Layout | null;
  date?: string;
  dateInferred?: boolean;
  /** Entries read from this digest (published, merged or rejected). */
  entries: number;
  published: number;
  rejected: number;
  /** Why the whole file was skipped, when it was. */
  skipped?: string;
  warnings: Warning[];
}

export interface Totals {
  digestsFound: number;
  digestsRead: number;
  digestsSkipped: number;
  entriesRead: number;
  /** Entries that ended up on a page, counting those merged into another entry's page. */
  entriesPublished: number;
  papersPublished: number;
  duplicatesMerged: number;
  entriesRejected: number;
  warnings: number;
}

export interface IngestReport {
  digests: DigestReport[];
  totals: Totals;
  invariant: { holds: boolean; statement: string };
  warnings: Warning[];
  rejects: Reject[];
}

export function checkInvariant(totals: Totals): IngestReport["invariant"] {
  const holds = totals.entriesRead === totals.entriesPublished + totals.entriesRejected;
  return {
    holds,
    statement: `entries read ${totals.entriesRead} ${holds ? "=" : "≠"} published ${totals.entriesPublished} (${totals.papersPublished} papers + ${totals.duplicatesMerged} merged duplicates) + rejected ${totals.entriesRejected}`,
  };
}

export function formatSummary(report: IngestReport, maxListed = 50): string {
  const lines: string[] = [];
  for (const digest of report.digests) {
    const what = digest.skipped
      ? `skipped: ${digest.skipped}`
      : `layout ${digest.layout}, ${digest.entries} entries, ${digest.published} published, ${digest.rejected} rejected, ${digest.warnings.length} warnings`;
    lines.push(`  ${digest.file}: ${what}`);
  }
  const { totals } = report;
  lines.push(
    `${totals.digestsRead}/${totals.digestsFound} digests read; ${totals.papersPublished} papers published from ${totals.entriesRead} entries (${totals.duplicatesMerged} duplicates merged, ${totals.entriesRejected} rejected, ${totals.warnings} warnings)`,
    `invariant ${report.invariant.holds ? "holds" : "VIOLATED"}: ${report.invariant.statement}`,
    ...formatProblems(report, maxListed),
  );
  return lines.join("\n");
}

/**
 * The short form: only what needs attention (skipped files, rejects, warnings), for the default output. The totals
 * follow in the ingest's closing line.
 */
export function formatProblemSummary(report: IngestReport, maxListed = 10): string[] {
  const skipped = report.digests.flatMap((digest) =>
    digest.skipped ? [`  ${digest.file}: skipped: ${digest.skipped}`] : [],
  );
  const invariant = report.invariant.holds ? [] : [`invariant VIOLATED: ${report.invariant.statement}`];
  return [...skipped, ...invariant, ...formatProblems(report, maxListed)];
}

function formatProblems(report: IngestReport, maxListed: number): string[] {
  const problems = [
    ...report.rejects.map((reject) => `  reject  ${formatPlace(reject)}: ${reject.reason}`),
    ...report.warnings.map((warning) => `  warning ${formatWarning(warning)}`),
  ];
  const more = problems.length > maxListed ? [`  … and ${problems.length - maxListed} more (see --report)`] : [];
  return [...problems.slice(0, maxListed), ...more];
}

/** Where a problem is: a digest file and, when known, a 1-based line, a JSON item's 0-based index, or a byte offset. */
export interface Place {
  file: string;
  line?: number;
  index?: number;
  offset?: number;
}

export interface Warning extends Place {
  /** The page field the problem costs, when it costs one field and not the entry. */
  field?: string;
  message: string;
}

/** An entry that was read but not published, with the reason. */
export interface Reject extends Place {
  reason: string;
  title?: string;
}

/** `file:line field: message`, as every input problem is said; the byte offset stands in where no line is known. */
function formatWarning({ file, line, offset, field, message }: Warning): string {
  if (line === undefined && offset !== undefined) return `${formatPlace({ file, offset })}: ${message}`;
  return formatProblem({ file, line, field, message });
}

export function formatPlace(place: Place): string {
  if (place.line !== undefined) return `${place.file}:${place.line}`;
  if (place.index !== undefined) return `${place.file}[${place.index}]`;
  if (place.offset !== undefined) return `${place.file}@byte ${place.offset}`;
  return place.file;
}
