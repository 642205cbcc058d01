/**
 * What a rebuild changed in the built site, by route type: a content hash of every file after the full build, then
 * the files of the rebuilt site that are new or whose content differs, and the files that are gone. This is the
 * upper bound of what any reader's cache has to fetch again, and it names the routes that cause it.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { compareCodePoints } from "../../src/lib/order";
import { ROUTE_TYPES, routeTypeOf, type RouteType } from "./dist-size";

/** Path inside the output folder (forward slashes) → content hash and size. */
export type DistHashes = Map<string, { hash: string; bytes: number }>;

export interface RouteTypeDelta {
  type: RouteType;
  /** Files of this type in the rebuilt site. */
  files: number;
  bytes: number;
  /** New or with other content than before, counted at their new size. */
  changedFiles: number;
  changedBytes: number;
  /** Of those, the files that did not exist before. */
  addedFiles: number;
  removedFiles: number;
}

export interface DistDelta {
  files: number;
  bytes: number;
  changedFiles: number;
  changedBytes: number;
  byType: RouteTypeDelta[];
  /** A few changed files per type, for a reader of the report to open. */
  examples: Partial<Record<RouteType, string[]>>;
}

const EXAMPLES_PER_TYPE = 3;

export function hashDist(distDir: string): DistHashes {
  const hashes: DistHashes = new Map();
  const paths = readdirSync(distDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort(compareCodePoints);
  for (const path of paths) {
    const content = readFileSync(join(distDir, path));
    hashes.set(path, { hash: createHash("sha256").update(content).digest("base64url"), bytes: content.length });
  }
  return hashes;
}

export function distDelta(before: DistHashes, after: DistHashes): DistDelta {
  const byType = new Map<RouteType, RouteTypeDelta>(
    ROUTE_TYPES.map((type) => [
      type,
      { type, files: 0, bytes: 0, changedFiles: 0, changedBytes: 0, addedFiles: 0, removedFiles: 0 },
    ]),
  );
  const examples: Partial<Record<RouteType, string[]>> = {};
  for (const [path, { hash, bytes }] of after) {
    const delta = byType.get(routeTypeOf(path));
    if (!delta) continue;
    delta.files += 1;
    delta.bytes += bytes;
    const previous = before.get(path);
    if (previous?.hash === hash) continue;
    delta.changedFiles += 1;
    delta.changedBytes += bytes;
    if (!previous) delta.addedFiles += 1;
    const shown = (examples[delta.type] ??= []);
    if (shown.length < EXAMPLES_PER_TYPE) shown.push(path);
  }
  for (const path of before.keys()) {
    const delta = after.has(path) ? undefined : byType.get(routeTypeOf(path));
    if (delta) delta.removedFiles += 1;
  }
  const types = [...byType.values()];
  const sum = (pick: (delta: RouteTypeDelta) => number): number => types.reduce((total, t) => total + pick(t), 0);
  return {
    files: sum((t) => t.files),
    bytes: sum((t) => t.bytes),
    changedFiles: sum((t) => t.changedFiles),
    changedBytes: sum((t) => t.changedBytes),
    byType: types,
    examples,
  };
}
