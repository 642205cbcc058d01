/**
 * The optional offline downloads inside the service worker (the search index, the paper pages). Each download has
 * its own cache whose keys carry the file's revision (`papers/x/?__lectern_rev=3f2a…`), so comparing what is
 * stored with a build's file list takes one `cache.keys()`: a download or an update fetches exactly the files
 * whose revision is not stored yet, and a clean-up deletes those the build no longer lists. A revision is a hash of
 * the file's content, so a file that only moved (a search shard re-indexed into a new folder keeps most of its
 * fragments byte for byte) is copied from the stored one rather than fetched again. A download stops on
 * the first file that fails after its retries or on a full quota, keeps what it stored, and the next `save` or
 * `resume` continues from there.
 *
 * A download's files are spread over several caches (src/browser/offline/saved-caches.ts) because a browser
 * lists or searches one cache of tens of thousands of entries slowly or not at all. A file is looked up under its
 * exact key, found from the file list, and the stored count is kept in memory once counted: a worker counts a
 * download at most once in its life.
 */
import type {
  OfflineFile,
  OfflineSetManifest,
  OfflineSetName,
  OfflineSets,
  OfflineSetSummary,
} from "../../lib/offline/offline-sets";
import { OFFLINE_SET_NAMES } from "../../lib/offline/offline-sets";
import { fetchWithRetry, isQuotaError } from "./fetch-with-retry";
import type { OfflineProblem, OfflineProgress } from "./messages";
import { savedCachesOf, unspreadCacheName } from "./saved-caches";

const REVISION_PARAM = "__lectern_rev";
const STATE_CACHE = "lectern-offline-state";
/** Files fetched side by side: enough to hide latency, few enough to leave the reader's connection usable. */
const PARALLEL_FETCHES = 4;
/**
 * How long a new worker's install may spend fetching changed files. Browsers end an event that runs for minutes
 * (and a failed install would never retry), so a large change is finished by `resume` after the update.
 */
const INSTALL_BUDGET_MS = 60_000;
const PROGRESS_INTERVAL_MS = 250;

interface StoredCount {
  files: number;
  bytes: number;
}

export interface SavedSetsOptions {
  sets: OfflineSets;
  /** The registration scope (the site base), which the build's URLs are relative to. */
  scope: string;
  report: (progress: OfflineProgress) => void;
  /** Whether no newer worker is installing or waiting: only then may stale files be deleted after a download. */
  isNewest: () => boolean;
}

export interface SavedSets {
  status(set: OfflineSetName): Promise<OfflineProgress>;
  /** Marks the download wanted (kept across updates) and stores what is missing. */
  save(set: OfflineSetName): Promise<void>;
  /** Continues every wanted download that is not complete. */
  resume(): Promise<void>;
  /** While a new worker installs: stores the files of wanted downloads whose revision changed, deletes nothing. */
  catchUp(): Promise<void>;
  /** When the worker takes over: deletes what its build no longer lists, and downloads nobody wants. */
  cleanUp(): Promise<void>;
  match(set: OfflineSetName, request: Request): Promise<Response | undefined>;
}

export const createSavedSets = ({ sets, scope, report, isNewest }: SavedSetsOptions): SavedSets => {
  const scopeUrl = (path: string): string => new URL(path, scope).href;
  const keyOf = ([url, revision]: OfflineFile): string => `${scopeUrl(url)}?${REVISION_PARAM}=${revision}`;
  const wantedKey = (set: OfflineSetName): string => scopeUrl(`__lectern/wanted-${set}`);
  const urlOfKey = (key: string): string => key.replace(/\?.*$/, "");
  const revisionOfKey = (key: string): string | undefined => new URL(key).searchParams.get(REVISION_PARAM) ?? undefined;
  const running = new Map<OfflineSetName, Promise<void>>();
  const manifests = new Map<OfflineSetName, Promise<OfflineSetManifest>>();
  /** What of this build's list each set has stored, once counted; downloads keep it current. */
  const counted = new Map<OfflineSetName, Promise<StoredCount>>();
  /** Each listed file's absolute URL to its key, built once per file list. */
  const keyIndexes = new WeakMap<OfflineSetManifest, Map<string, string>>();

  const isWanted = async (set: OfflineSetName): Promise<boolean> =>
    sets[set].automatic || Boolean(await (await caches.open(STATE_CACHE)).match(wantedKey(set)));

  /** The file list, kept in the state cache under its hashed name so status works offline. */
  const loadManifest = async (summary: OfflineSetSummary): Promise<OfflineSetManifest> => {
    const state = await caches.open(STATE_CACHE);
    const url = scopeUrl(summary.manifest);
    const stored = await state.match(url);
    if (stored) return (await stored.json()) as OfflineSetManifest;
    const response = await fetchWithRetry(url);
    await state.put(url, response.clone());
    return (await response.json()) as OfflineSetManifest;
  };

  /** The file list if this device already holds it: a lookup never fetches it. */
  const storedManifestOf = async (set: OfflineSetName): Promise<OfflineSetManifest | undefined> => {
    const loading = manifests.get(set);
    if (loading) return loading.catch(() => undefined);
    return (await (await caches.open(STATE_CACHE)).match(scopeUrl(sets[set].manifest))) ? manifestOf(set) : undefined;
  };

  const keyIndexOf = (manifest: OfflineSetManifest): Map<string, string> => {
    let index = keyIndexes.get(manifest);
    if (!index) {
      index = new Map(manifest.files.map((file) => [scopeUrl(file[0]), keyOf(file)]));
      keyIndexes.set(manifest, index);
    }
    return index;
  };

  const manifestOf = (set: OfflineSetName): Promise<OfflineSetManifest> => {
    let loading = manifests.get(set);
    if (!loading) {
      loading = loadManifest(sets[set]);
      manifests.set(set, loading);
      loading.catch(() => manifests.delete(set));
    }
    return loading;
  };

  const storedKeys = async (set: OfflineSetName): Promise<Set<string>> => new Set(await savedCachesOf(set).keys());

  const progressOf = (
    set: OfflineSetName,
    wanted: boolean,
    stored: { files: number; bytes: number },
    problem?: OfflineProblem,
  ): OfflineProgress => ({
    type: "offline-progress",
    set,
    wanted,
    saving: running.has(set) && problem === undefined,
    storedFiles: stored.files,
    storedBytes: stored.bytes,
    totalFiles: sets[set].files,
    totalBytes: sets[set].bytes,
    ...(problem === undefined ? {} : { problem }),
  });

  const measureStored = (manifest: OfflineSetManifest, keys: Set<string>): StoredCount => {
    const stored = manifest.files.filter((file) => keys.has(keyOf(file)));
    return { files: stored.length, bytes: stored.reduce((sum, [, , bytes]) => sum + bytes, 0) };
  };

  const countStored = async (set: OfflineSetName): Promise<StoredCount> => {
    const keys = await storedKeys(set);
    // With nothing stored the file list is not needed, and is not fetched before the reader asks for it.
    const manifest = keys.size === 0 ? undefined : await manifestOf(set).catch(() => undefined);
    // Offline with no file list yet, nothing of this build can be stored.
    return manifest ? measureStored(manifest, keys) : { files: 0, bytes: 0 };
  };

  /** Counted once and then kept current; a failed count is tried again next time. */
  const storedCountOf = (set: OfflineSetName): Promise<StoredCount> => {
    let counting = counted.get(set);
    if (!counting) {
      counting = countStored(set);
      counted.set(set, counting);
      counting.catch(() => counted.delete(set));
    }
    return counting;
  };

  const status = async (set: OfflineSetName): Promise<OfflineProgress> => {
    const [wanted, stored] = await Promise.all([isWanted(set), storedCountOf(set)]);
    return progressOf(set, wanted, stored);
  };

  /** Deletes stored files this build does not list; an older revision stays until its replacement is in. */
  const deleteStale = async (set: OfflineSetName, manifest: OfflineSetManifest): Promise<void> => {
    const current = keyIndexOf(manifest);
    // A file's revisions share one cache, so each cache is settled on its own.
    await savedCachesOf(set).forEach(async (cache, keys) => {
      const stored = new Set(keys.map((request) => request.url));
      const stale = keys.filter(({ url }) => {
        const currentKey = current.get(urlOfKey(url));
        if (currentKey === url) return false;
        return currentKey === undefined || stored.has(currentKey);
      });
      await Promise.all(stale.map((request) => cache.delete(request)));
    });
  };

  interface DownloadOptions {
    cleanUp: boolean;
    /** Stop fetching new files after this time (ms since the epoch); what is left waits for `resume`. */
    until?: number;
  }

  const download = async (set: OfflineSetName, { cleanUp, until = Infinity }: DownloadOptions): Promise<void> => {
    const manifest = await manifestOf(set);
    const saved = savedCachesOf(set);
    const unspread = (await caches.has(unspreadCacheName(set))) ? await caches.open(unspreadCacheName(set)) : undefined;
    const keys = await storedKeys(set);
    const stored = measureStored(manifest, keys);
    counted.set(set, Promise.resolve(stored));
    const missing = manifest.files.filter((file) => !keys.has(keyOf(file)));
    /** A stored copy of each revision, whatever URL it was stored under. */
    const byRevision = new Map<string, string>();
    for (const key of keys) {
      const revision = revisionOfKey(key);
      if (revision) byRevision.set(revision, key);
    }
    /** The file from a stored copy with the same content, or from the network. */
    const responseOf = async (file: OfflineFile): Promise<Response> => {
      const copyKey = byRevision.get(file[1]);
      const copy = copyKey === undefined ? undefined : await (await saved.cacheFor(urlOfKey(copyKey))).match(copyKey);
      return copy ?? (await unspread?.match(keyOf(file))) ?? (await fetchWithRetry(scopeUrl(file[0])));
    };
    let problem: OfflineProblem | undefined;
    let next = 0;
    let lastReport = 0;
    const fetchNext = async (): Promise<void> => {
      while (problem === undefined && next < missing.length && Date.now() < until) {
        const file = missing[next] as OfflineFile;
        next += 1;
        try {
          await (await saved.cacheFor(scopeUrl(file[0]))).put(keyOf(file), await responseOf(file));
          stored.files += 1;
          stored.bytes += file[2];
        } catch (error) {
          problem ??= isQuotaError(error) ? "quota" : "network";
        }
        if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
          lastReport = Date.now();
          report(progressOf(set, true, stored));
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FETCHES }, fetchNext));
    const complete = stored.files === manifest.files.length;
    if (complete && cleanUp && isNewest()) {
      await deleteStale(set, manifest);
      // Everything is in the spread caches now; until then the single cache of earlier releases is a source.
      if (unspread) await caches.delete(unspreadCacheName(set));
    }
    running.delete(set);
    report(progressOf(set, true, stored, problem));
  };

  /** One download per set at a time: a second request joins the running one. */
  const run = (set: OfflineSetName, options: DownloadOptions): Promise<void> => {
    const active = running.get(set);
    if (active) return active;
    const started = download(set, options).catch(async () => {
      running.delete(set);
      report({ ...(await status(set)), problem: "network" });
    });
    running.set(set, started);
    return started;
  };

  const isIncomplete = async (set: OfflineSetName): Promise<boolean> => {
    const { storedFiles, totalFiles } = await status(set);
    return storedFiles < totalFiles;
  };

  const wantedSets = async (): Promise<OfflineSetName[]> => {
    const wanted = await Promise.all(OFFLINE_SET_NAMES.map(async (set) => ((await isWanted(set)) ? set : undefined)));
    return wanted.filter((set) => set !== undefined);
  };

  return {
    status,
    save: async (set) => {
      await (await caches.open(STATE_CACHE)).put(wantedKey(set), new Response("yes"));
      await run(set, { cleanUp: true });
    },
    resume: async () => {
      for (const set of await wantedSets()) if (await isIncomplete(set)) await run(set, { cleanUp: true });
    },
    catchUp: async () => {
      const until = Date.now() + INSTALL_BUDGET_MS;
      for (const set of await wantedSets()) await run(set, { cleanUp: false, until });
    },
    cleanUp: async () => {
      const state = await caches.open(STATE_CACHE);
      const currentLists = new Set(OFFLINE_SET_NAMES.map((set) => scopeUrl(sets[set].manifest)));
      for (const request of await state.keys())
        if (request.url.endsWith(".json") && !currentLists.has(request.url)) await state.delete(request);
      for (const set of OFFLINE_SET_NAMES) {
        if (!(await isWanted(set))) {
          counted.delete(set);
          await savedCachesOf(set).delete();
        } else {
          const manifest = await manifestOf(set).catch(() => undefined);
          if (manifest) await deleteStale(set, manifest);
        }
      }
    },
    match: async (set, request) => {
      const url = urlOfKey(request.url);
      const manifest = await storedManifestOf(set);
      const key = manifest && keyIndexOf(manifest).get(url);
      // This build does not list it: nothing stored for it could be served as this build's.
      if (manifest && key === undefined) return undefined;
      const cache = await savedCachesOf(set).storedCacheFor(url);
      // After an update, an older revision serves until `resume` replaces it; without this build's list yet (its
      // fetch failed during the update), so does whatever revision is stored.
      const found =
        (key === undefined ? undefined : await cache?.match(key)) ?? (await cache?.match(url, { ignoreSearch: true }));
      if (found || !(await caches.has(unspreadCacheName(set)))) return found;
      return (await caches.open(unspreadCacheName(set))).match(url, { ignoreSearch: true });
    },
  };
};
