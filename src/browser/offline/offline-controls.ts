/**
 * The offline controls on the search page: one per optional download (the whole search index, every paper page).
 * Each states the download's size before anything is fetched, shows progress while the service worker stores it,
 * and says plainly why it stopped (no connection, or the browser's storage quota used up) and that it resumes.
 * Hidden where there is no service worker.
 *
 * Browsers stop a service worker whose work runs long (Chromium after a few minutes of one event), and a stopped
 * worker sends no last word: a download of tens of thousands of files would then stall with its bar half full.
 * While this page is open it asks again after a quiet spell, and a worker found idle with the download unfinished
 * and no reason given continues it.
 */
import type { OfflineSetName } from "../../lib/offline/offline-sets";
import { isOfflineProgress, type OfflineProgress, type ToWorker } from "./messages";

/** How long a running download may go without a progress report before the page asks the worker where it is. */
const STALL_MS = 10_000;

/** A download that was running and now is not, unfinished, with no reason: its worker was stopped, not refused. */
const wasCutShort = (before: OfflineProgress | undefined, now: OfflineProgress): boolean =>
  before?.saving === true && !now.saving && now.problem === undefined && now.wanted && now.storedFiles < now.totalFiles;

const megabytes = (bytes: number): string =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;

interface StorageRoom {
  usage?: number;
  free?: number;
}

const storageRoom = async (): Promise<StorageRoom> => {
  if (!("storage" in navigator)) return {};
  const { usage, quota } = await navigator.storage.estimate();
  return {
    ...(usage === undefined ? {} : { usage }),
    ...(usage === undefined || quota === undefined ? {} : { free: quota - usage }),
  };
};

interface Wording {
  start(size: string): string;
  resume(left: string): string;
  progress(p: OfflineProgress): string;
  done(p: OfflineProgress): string;
  /** What this download is, for the stopped messages. */
  subject: string;
}

const wordings: Record<OfflineSetName, Wording> = {
  search: {
    start: (size) => `Make search available offline — ${size}`,
    resume: (left) => `Resume storing the search index — ${left} left`,
    progress: (p) => `Storing the search index: ${megabytes(p.storedBytes)} of ${megabytes(p.totalBytes)}.`,
    done: (p) => `Search works offline: the whole index (${megabytes(p.totalBytes)}) is stored on this device.`,
    subject: "the search index",
  },
  papers: {
    start: (size) => `Save all papers for offline — ${size}`,
    resume: (left) => `Resume saving papers — ${left} left`,
    progress: (p) =>
      `${p.storedFiles} of ${p.totalFiles} papers saved for offline reading ` +
      `(${megabytes(p.storedBytes)} of ${megabytes(p.totalBytes)}).`,
    done: (p) => `All ${p.totalFiles} papers are saved for offline reading.`,
    subject: "papers",
  },
};

const stoppedText = (wording: Wording, progress: OfflineProgress): string => {
  const stored = `${megabytes(progress.storedBytes)} of ${megabytes(progress.totalBytes)} stored`;
  return progress.problem === "quota"
    ? `Storage is full: this browser allows Lectern no more space (${stored}). ` +
        `Free some space in the browser's site settings, then resume.`
    : `Storing ${wording.subject} stopped (${stored}): the server could not be reached. ` +
        `It continues when you next open Lectern online, or resume it now.`;
};

const idleText = (progress: OfflineProgress, room: StorageRoom): string => {
  const left = progress.totalBytes - progress.storedBytes;
  if (room.free === undefined) return "";
  return room.free < left
    ? `This may not fit: about ${megabytes(room.free)} is free for Lectern on this device.`
    : `About ${megabytes(room.free)} is free for Lectern on this device.`;
};

const describe = async (wording: Wording, progress: OfflineProgress): Promise<string> => {
  const complete = progress.storedFiles >= progress.totalFiles;
  if (complete) {
    const { usage } = await storageRoom();
    return `${wording.done(progress)}${usage === undefined ? "" : ` Lectern uses ${megabytes(usage)} on this device.`}`;
  }
  if (progress.problem) return stoppedText(wording, progress);
  if (progress.saving) return wording.progress(progress);
  return idleText(progress, await storageRoom());
};

interface Control {
  button: HTMLButtonElement;
  bar: HTMLProgressElement;
  status: HTMLElement;
}

const findControl = (section: HTMLElement, set: OfflineSetName): Control | undefined => {
  const root = section.querySelector<HTMLElement>(`[data-offline-set="${set}"]`);
  const button = root?.querySelector<HTMLButtonElement>("[data-offline-save]");
  const bar = root?.querySelector<HTMLProgressElement>("[data-offline-progress]");
  const status = root?.querySelector<HTMLElement>("[data-offline-status]");
  return button && bar && status ? { button, bar, status } : undefined;
};

const show = (control: Control, wording: Wording, progress: OfflineProgress): void => {
  const { button, bar, status } = control;
  const complete = progress.storedFiles >= progress.totalFiles;
  const left = megabytes(progress.totalBytes - progress.storedBytes);
  bar.max = Math.max(progress.totalBytes, 1);
  bar.value = progress.storedBytes;
  bar.hidden = !progress.saving && !progress.problem;
  button.hidden = complete || progress.saving;
  button.disabled = false;
  button.textContent =
    progress.storedFiles === 0 ? wording.start(megabytes(progress.totalBytes)) : wording.resume(left);
  void describe(wording, progress).then((text) => (status.textContent = text));
};

export const startOfflineControls = async (section: HTMLElement): Promise<void> => {
  if (!("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.ready;
  const send = (message: ToWorker): void => registration.active?.postMessage(message);
  const controls = new Map<OfflineSetName, Control>();
  for (const set of ["search", "papers"] as const) {
    const control = findControl(section, set);
    if (!control) continue;
    controls.set(set, control);
    control.button.addEventListener("click", () => {
      control.button.disabled = true;
      control.bar.hidden = false;
      // Asked for, so worth keeping: without persistence the browser may evict it under storage pressure.
      if ("storage" in navigator) void navigator.storage.persist();
      send({ type: "offline-save", set });
    });
  }
  const latest = new Map<OfflineSetName, { progress: OfflineProgress; at: number }>();
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent<unknown>) => {
    if (!isOfflineProgress(event.data)) return;
    const progress = event.data;
    if (wasCutShort(latest.get(progress.set)?.progress, progress)) send({ type: "offline-resume" });
    latest.set(progress.set, { progress, at: Date.now() });
    const control = controls.get(progress.set);
    if (control) show(control, wordings[progress.set], progress);
  });
  setInterval(() => {
    const stalled = [...latest.values()].some(({ progress, at }) => progress.saving && Date.now() - at > STALL_MS);
    if (stalled) send({ type: "offline-status" });
  }, STALL_MS);
  section.hidden = false;
  send({ type: "offline-status" });
};
