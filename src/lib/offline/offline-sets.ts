/**
 * What the build tells the service worker about the optional offline downloads, shared by the build
 * (scripts/astro/offline.ts) and the worker. Each download's file list is a separate JSON file fetched only when
 * the reader asks for it, so `sw.js` stays small however large the corpus.
 */

/** The two downloads a reader can ask for beyond the app shell. */
export type OfflineSetName = "search" | "papers";

export const OFFLINE_SET_NAMES: readonly OfflineSetName[] = ["search", "papers"];

/** One download as `sw.js` carries it: where its file list is and how big it is. */
export interface OfflineSetSummary {
  /** The file list's URL relative to the site base; its name holds a hash of its content. */
  manifest: string;
  files: number;
  /** Sum of the files' sizes as stored (what the reader downloads, before HTTP compression). */
  bytes: number;
  /** Stored without asking, because it is small enough not to burden anyone. */
  automatic: boolean;
}

export type OfflineSets = Record<OfflineSetName, OfflineSetSummary>;

/** One file of a download: URL relative to the base, content revision, size in bytes. */
export type OfflineFile = readonly [url: string, revision: string, bytes: number];

/** The JSON file behind `OfflineSetSummary.manifest`. */
export interface OfflineSetManifest {
  files: readonly OfflineFile[];
}
