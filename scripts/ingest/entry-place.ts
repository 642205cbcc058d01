/** Where an entry stands in its file, as reports, the catalogue and pages name it: its line, or its JSON index. */
import type { CleanEntry } from "./3-clean/clean-entry";

export function entryWhere(entry: Pick<CleanEntry, "line" | "index">): { line: number } | { index: number } {
  return entry.line === undefined ? { index: entry.index ?? 0 } : { line: entry.line };
}

export function entryPlace(
  entry: Pick<CleanEntry, "file" | "line" | "index">,
): { file: string } & ReturnType<typeof entryWhere> {
  return { file: entry.file, ...entryWhere(entry) };
}
