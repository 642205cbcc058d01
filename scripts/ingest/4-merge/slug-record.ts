/**
 * The slug record `slugs.json` as text: one friendly gate in (a bad record is a problem to report, never a
 * crash), byte-stable JSON out, and the fallback of reading the assignment back from the pages themselves.
 */
import { compareCodePoints } from "../../../src/lib/order";
import { paperSchema } from "../../../src/schema/paper";
import { SLUG_RECORD_VERSION, slugRecordSchema } from "../../../src/schema/slug-record";
import type { SlugRecord } from "./slug";

export type SlugRecordParse = { ok: true; record: SlugRecord } | { ok: false; problem: string };

const SHOWN_ISSUES = 3;

export function parseSlugRecord(text: string): SlugRecordParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const checked = slugRecordSchema.safeParse(json);
  if (!checked.success) {
    const { issues } = checked.error;
    const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`);
    const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : "";
    return { ok: false, problem: `${shown.join("; ")}${more}` };
  }
  return { ok: true, record: { papers: new Map(Object.entries(checked.data.papers)), retired: checked.data.retired } };
}

/** Papers sorted by id, so an unchanged assignment rewrites nothing. */
export function serialiseSlugRecord(record: SlugRecord): string {
  const papers = Object.fromEntries(
    [...record.papers.keys()].sort(compareCodePoints).map((id) => [id, record.papers.get(id)]),
  );
  return `${JSON.stringify({ version: SLUG_RECORD_VERSION, papers, retired: record.retired }, null, 2)}\n`;
}

const pageSlugSchema = paperSchema.pick({ id: true, slug: true });

/**
 * The assignment the pages on disk show, for when there is no usable record (the first run after an upgrade, or
 * a damaged file). A page counts when its frontmatter has a valid id and slug and its file name is the slug.
 */
export function recordFromPages(pages: ReadonlyArray<{ name: string; frontmatter: unknown }>): {
  record: SlugRecord;
  unusable: number;
} {
  const papers = new Map<string, string>();
  const slugs = new Set<string>();
  let unusable = 0;
  for (const page of pages) {
    const checked = pageSlugSchema.safeParse(page.frontmatter);
    const usable =
      checked.success &&
      page.name === `${checked.data.slug}.mdx` &&
      !papers.has(checked.data.id) &&
      !slugs.has(checked.data.slug);
    if (!usable) {
      unusable += 1;
      continue;
    }
    papers.set(checked.data.id, checked.data.slug);
    slugs.add(checked.data.slug);
  }
  return { record: { papers, retired: [] }, unusable };
}
