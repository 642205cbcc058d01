/**
 * Writes pages into the output folder incrementally: a file is written only when its bytes change, and pages
 * of papers that left every digest are removed. The folder is owned by the ingest.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CATALOGUE_FILE, SLUGS_FILE } from "../../../src/lib/project-files";
import type { Page } from "../pipeline";

export interface WriteStats {
  /** Files written, pages and catalogue and slug record alike. */
  written: number;
  unchanged: number;
  removed: number;
  /** Pages of papers new to the folder. */
  added: number;
  /** Pages rewritten because their paper changed. */
  changed: number;
}

/** Resolves `name` inside `folder`, refusing anything that would land elsewhere. */
export function safeJoin(folder: string, name: string): string {
  const root = path.resolve(folder);
  const target = path.resolve(root, name);
  if (path.dirname(target) !== root) throw new Error(`refusing to write ${JSON.stringify(name)} outside ${root}`);
  return target;
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * Writes only when the bytes differ, so an unchanged rerun touches nothing that watchers or caches see. `listed`:
 * whether the name was in the folder listing; a new page is written without first failing to read it.
 */
export function writeIfChanged(file: string, content: string, listed = true): boolean {
  if (listed && readIfPresent(file) === content) return false;
  writeFileSync(file, content);
  return true;
}

/**
 * Synchronous on purpose: the files are small and go to the page cache, and the promise API spent several times
 * the CPU of the writes themselves on thread-pool round trips.
 */
export function writeOutput(
  folder: string,
  pages: readonly Page[],
  catalogueJson: string,
  slugsJson: string,
): WriteStats {
  mkdirSync(folder, { recursive: true });
  const listed = new Set(readdirSync(folder));
  const stats: WriteStats = { written: 0, unchanged: 0, removed: 0, added: 0, changed: 0 };
  const keep = new Set<string>([CATALOGUE_FILE, SLUGS_FILE]);
  for (const page of pages) {
    const name = `${page.slug}.mdx`;
    keep.add(name);
    const existed = listed.has(name);
    if (!writeIfChanged(safeJoin(folder, name), page.content, existed)) stats.unchanged += 1;
    else {
      stats.written += 1;
      stats[existed ? "changed" : "added"] += 1;
    }
  }
  if (writeIfChanged(safeJoin(folder, CATALOGUE_FILE), catalogueJson, listed.has(CATALOGUE_FILE))) stats.written += 1;
  if (writeIfChanged(safeJoin(folder, SLUGS_FILE), slugsJson, listed.has(SLUGS_FILE))) stats.written += 1;
  for (const name of listed) {
    if (name.endsWith(".mdx") && !keep.has(name)) {
      rmSync(safeJoin(folder, name));
      stats.removed += 1;
    }
  }
  return stats;
}
