/**
 * Where one optional download keeps its files: spread over a fixed number of caches by a hash of each file's URL.
 * Chromium refuses `cache.keys()` on a cache of some 20,000 entries ("Operation too large") and reads every entry
 * for a match that ignores the query string, so one cache per download breaks at about a year of papers. With
 * 32 caches a download of 50,000 papers keeps about 1,600 files in each, and a download would need some 300,000
 * files before one cache reached the limit. The hash depends on the URL alone, so a file stays in its cache from
 * one build to the next and an older revision is found beside the newer one.
 */
import type { OfflineSetName } from "../../lib/offline/offline-sets";

const CACHES_PER_SET = 32;

/** The single cache a download used before it was spread; its files are copied over rather than fetched again. */
export const unspreadCacheName = (set: OfflineSetName): string => `lectern-saved-${set}`;

const cacheName = (set: OfflineSetName, index: number): string =>
  `${unspreadCacheName(set)}-${String(index).padStart(2, "0")}`;

/** FNV-1a: cheap, and the same in every browser and build, which is all a cache's choice needs. */
export const cacheIndexOf = (url: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i += 1) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % CACHES_PER_SET;
};

export interface SavedCaches {
  /** The cache that holds (or will hold) the file at this URL, whatever its revision. */
  cacheFor(url: string): Promise<Cache>;
  /** The same cache if anything was ever stored in it; looking must not create it. */
  storedCacheFor(url: string): Promise<Cache | undefined>;
  /** Every stored key, gathered one cache at a time so that no single answer grows too large. */
  keys(): Promise<string[]>;
  /** Visits each cache with its keys, one at a time. */
  forEach(visit: (cache: Cache, keys: readonly Request[]) => void | Promise<void>): Promise<void>;
  delete(): Promise<void>;
}

export const savedCachesOf = (set: OfflineSetName): SavedCaches => {
  const names = Array.from({ length: CACHES_PER_SET }, (_, index) => cacheName(set, index));
  const forEach: SavedCaches["forEach"] = async (visit) => {
    for (const name of names) {
      // Only a cache that exists: opening one creates it, and an untouched download should leave no trace.
      if (!(await caches.has(name))) continue;
      const cache = await caches.open(name);
      await visit(cache, await cache.keys());
    }
  };
  return {
    cacheFor: (url) => caches.open(names[cacheIndexOf(url)] as string),
    storedCacheFor: async (url) => {
      const name = names[cacheIndexOf(url)] as string;
      return (await caches.has(name)) ? caches.open(name) : undefined;
    },
    keys: async () => {
      const keys: string[] = [];
      await forEach((_, requests) => {
        for (const request of requests) keys.push(request.url);
      });
      return keys;
    },
    forEach,
    delete: async () => {
      await Promise.all([...names, unspreadCacheName(set)].map((name) => caches.delete(name)));
    },
  };
};
