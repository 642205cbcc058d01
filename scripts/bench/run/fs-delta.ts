/** Files and bytes a stage wrote: a before/after snapshot of a folder by size and modification time. */
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";

export type Snapshot = Map<string, { size: number; mtimeMs: number }>;

/** Walks `root` without following symlinks, so the shared node_modules link is never counted. */
export function snapshot(root: string): Snapshot {
  const files: Snapshot = new Map();
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop();
    if (dir === undefined) break;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      if (stats.isDirectory()) pending.push(path);
      else if (stats.isFile()) files.set(path, { size: stats.size, mtimeMs: stats.mtimeMs });
    }
  }
  return files;
}

export interface WrittenFiles {
  files: number;
  bytes: number;
}

export function writtenBetween(before: Snapshot, after: Snapshot): WrittenFiles {
  let files = 0;
  let bytes = 0;
  for (const [path, stats] of after) {
    const previous = before.get(path);
    if (previous && previous.size === stats.size && previous.mtimeMs === stats.mtimeMs) continue;
    files++;
    bytes += stats.size;
  }
  return { files, bytes };
}
