/**
 * Writes pages into the output folder incrementally: a file is written only when its bytes change, and pages
 * of papers that left every digest are removed. The folder is owned by the ingest.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { CATALOGUE_FILE, SLUGS_FILE } from "../../../src/lib/project-files";
import type { Page } from "../pipeline";

export interface WriteStats {
  written: number;
  unchanged: number;
  removed: number;
}

/** Resolves `name` inside `folder`, refusing anything that would land elsewhere. */
export function safeJoin(folder: string, name: string): string {
  const root = path.resolve(folder);
  const target = path.resolve(root, name);
  if (path.dirname(target) !== root) throw new Error(`refusing to write ${JSON.stringify(name)} outside ${root}`);
  return target;
}

/** Writes only when the bytes differ, so an unchanged rerun touches nothing that watchers or caches see. */
export async function writeIfChanged(file: string, content: string): Promise<boolean> {
  const current = await readFile(file, "utf8").catch(() => undefined);
  if (current === content) return false;
  await writeFile(file, content);
  return true;
}

/** Pages compared and written at once: one at a time, a 10k-paper ingest spent a second waiting on the disk. */
const WRITE_BATCH = 32;

export async function writeOutput(
  folder: string,
  pages: readonly Page[],
  catalogueJson: string,
  slugsJson: string,
): Promise<WriteStats> {
  await mkdir(folder, { recursive: true });
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0 };
  const keep = new Set<string>([CATALOGUE_FILE, SLUGS_FILE]);
  for (let start = 0; start < pages.length; start += WRITE_BATCH) {
    const batch = pages.slice(start, start + WRITE_BATCH);
    for (const page of batch) keep.add(`${page.slug}.mdx`);
    const changed = await Promise.all(
      batch.map((page) => writeIfChanged(safeJoin(folder, `${page.slug}.mdx`), page.content)),
    );
    for (const written of changed) stats[written ? "written" : "unchanged"] += 1;
  }
  if (await writeIfChanged(safeJoin(folder, CATALOGUE_FILE), catalogueJson)) stats.written += 1;
  if (await writeIfChanged(safeJoin(folder, SLUGS_FILE), slugsJson)) stats.written += 1;
  for (const name of await readdir(folder)) {
    if (name.endsWith(".mdx") && !keep.has(name)) {
      await rm(safeJoin(folder, name));
      stats.removed += 1;
    }
  }
  return stats;
}
