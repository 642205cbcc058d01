/** Messages between Lectern's pages and its service worker about the optional offline downloads. */
import type { OfflineSetName } from "../../lib/offline/offline-sets";

export type ToWorker =
  /** Report every download's state (answered by one `OfflineProgress` per download). */
  | { type: "offline-status" }
  /** Store the download (or the rest of it), and keep it stored across updates. */
  | { type: "offline-save"; set: OfflineSetName }
  /** Continue the downloads the reader asked for that a failure or a closed tab left unfinished. */
  | { type: "offline-resume" };

/** Why a download stopped before the end. */
export type OfflineProblem = "network" | "quota";

/** Sent to every open page while a download runs and in answer to a status request. */
export interface OfflineProgress {
  type: "offline-progress";
  set: OfflineSetName;
  /** The reader asked for it (or it is small enough to be stored unasked). */
  wanted: boolean;
  /** A download is running now. */
  saving: boolean;
  storedFiles: number;
  storedBytes: number;
  totalFiles: number;
  totalBytes: number;
  problem?: OfflineProblem;
}

export const isOfflineProgress = (data: unknown): data is OfflineProgress =>
  typeof data === "object" && data !== null && (data as { type?: unknown }).type === "offline-progress";
