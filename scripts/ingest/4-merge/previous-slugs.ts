/**
 * Reads the slugs the previous run assigned from the output folder: the record `slugs.json`, or failing that
 * the frontmatter of the pages there, or failing that nothing (a fresh assignment). Every fallback is a warning.
 */
import { compareCodePoints } from "../../../src/lib/order";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isPaperPageName, splitPaperPage } from "../../../src/lib/paper-page-file";
import { readInBatches } from "../../lib/read-in-batches";
import type { Warning } from "../report";
import type { PreviousSlugs } from "../pipeline";
import { EMPTY_SLUG_RECORD } from "./slug";
import { parseSlugRecord, recordFromPages } from "./slug-record";
import { SLUGS_FILE } from "../../../src/lib/project-files";

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function pageNames(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  });
  return names.filter(isPaperPageName).sort(compareCodePoints);
}

/** Reads every page's frontmatter: slow at 50k pages, hence only when the record is missing or unusable. */
async function fromPages(folder: string, recordFile: string, reason: string | undefined): Promise<PreviousSlugs> {
  const names = await pageNames(folder);
  if (names.length === 0) {
    const warnings: Warning[] = reason ? [{ file: recordFile, message: `${reason}; slugs are assigned afresh` }] : [];
    return { record: EMPTY_SLUG_RECORD, warnings };
  }
  const pages: Array<{ name: string; frontmatter: unknown }> = [];
  for await (const { file, content } of readInBatches(names.map((name) => path.join(folder, name)))) {
    let frontmatter: unknown;
    try {
      frontmatter = splitPaperPage(content.toString("utf8"), file).frontmatter;
    } catch {
      frontmatter = undefined;
    }
    pages.push({ name: path.basename(file), frontmatter });
  }
  const { record, unusable } = recordFromPages(pages);
  const skipped = unusable > 0 ? ` (${unusable} without a usable id and slug: those are assigned afresh)` : "";
  const message = `${reason ?? "no slug record"}; took the slugs of ${record.papers.size} pages in ${folder} from their frontmatter${skipped}`;
  return { record, warnings: [{ file: recordFile, message }] };
}

export async function readPreviousSlugs(folder: string): Promise<PreviousSlugs> {
  const recordFile = path.join(folder, SLUGS_FILE);
  try {
    const text = await readFile(recordFile, "utf8").catch((error: unknown) => error as NodeJS.ErrnoException);
    if (typeof text !== "string")
      return await fromPages(
        folder,
        recordFile,
        text.code === "ENOENT" ? undefined : `cannot read it: ${text.message}`,
      );
    const parsed = parseSlugRecord(text);
    if (parsed.ok) return { record: parsed.record, warnings: [] };
    return await fromPages(folder, recordFile, `unusable slug record: ${parsed.problem}`);
  } catch (error) {
    return {
      record: EMPTY_SLUG_RECORD,
      warnings: [
        {
          file: recordFile,
          message: `cannot read the previous slugs (${messageOf(error)}); slugs are assigned afresh`,
        },
      ],
    };
  }
}
