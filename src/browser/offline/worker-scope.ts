/**
 * The few service worker types Lectern's worker uses. The DOM and WebWorker libs cannot share one TypeScript
 * program, so they are declared here rather than taken from lib.webworker.
 */
import type { OfflineSets } from "../../lib/offline/offline-sets";
import type { OfflineProgress, ToWorker } from "./messages";

export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: ToWorker | { type: "SKIP_WAITING" };
}

interface WindowClient {
  postMessage(message: OfflineProgress): void;
}

export interface WorkerScope {
  readonly registration: {
    readonly scope: string;
    readonly installing: unknown;
    readonly waiting: unknown;
  };
  readonly clients: { matchAll(options: { includeUncontrolled: boolean; type: "window" }): Promise<WindowClient[]> };
  readonly __WB_MANIFEST: { url: string; revision: string | null }[];
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}

/** What the build (scripts/astro/offline.ts) tells the worker about the optional downloads. */
declare global {
  const LECTERN_OFFLINE_SETS: OfflineSets;
}

export const worker = self as unknown as WorkerScope;
