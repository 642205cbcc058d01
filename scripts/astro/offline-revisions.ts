/**
 * The content revision of every file the service worker can store, in one walk of the output folder. A revision
 * is the MD5 of the file, as Workbox computes it; a file whose size, modification time and inode are those of the
 * previous build keeps the revision recorded then (in Astro's cache folder), so a rebuild reads only the files it
 * wrote. At 10k papers that is 10,000 paper pages and 10,000 search index files, 115 MB, hashed on every build
 * otherwise, and each of Workbox's globs walked the whole folder again.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { compareCodePoints } from "../../src/lib/order";
import { offlineRoleOf, type OfflineRole } from "./offline-files";

export interface RevisedFile {
  /** Posix path relative to the output folder. */
  path: string;
  role: OfflineRole;
  revision: string;
  size: number;
}

interface CachedRevision {
  size: number;
  mtimeMs: number;
  ino: number;
  revision: string;
}

const CACHE_VERSION = 1;

interface RevisionCacheFile {
  version?: number;
  files?: Record<string, CachedRevision>;
}

function readCache(file: string | undefined): Map<string, CachedRevision> {
  if (file === undefined) return new Map();
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as RevisionCacheFile;
    const files: Record<string, CachedRevision> = parsed.version === CACHE_VERSION ? (parsed.files ?? {}) : {};
    return new Map(Object.entries(files));
  } catch {
    // No cache yet, or an unreadable one: every file is hashed.
    return new Map<string, CachedRevision>();
  }
}

/** Every file with an offline role, sorted by path (the output must not depend on the file system's order). */
export async function offlineRevisions(outDir: string, cacheFile?: string): Promise<RevisedFile[]> {
  const cached = readCache(cacheFile);
  const next: Record<string, CachedRevision> = {};
  const paths = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort(compareCodePoints);
  const files: RevisedFile[] = [];
  for (const path of paths) {
    const role = offlineRoleOf(path);
    if (role === undefined) continue;
    const file = join(outDir, path);
    const { size, mtimeMs, ino } = await stat(file);
    const previous = cached.get(path);
    const revision =
      previous && previous.size === size && previous.mtimeMs === mtimeMs && previous.ino === ino
        ? previous.revision
        : createHash("md5")
            .update(await readFile(file))
            .digest("hex");
    next[path] = { size, mtimeMs, ino, revision };
    files.push({ path, role, revision, size });
  }
  if (cacheFile !== undefined) await writeFile(cacheFile, JSON.stringify({ version: CACHE_VERSION, files: next }));
  return files;
}
