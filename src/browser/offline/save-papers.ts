/**
 * The "Save for offline" control on the search page: asks the service worker how many paper pages are stored,
 * stores the rest on request and shows progress, then the storage used. Hidden where there is no service worker.
 */
import type { SaveProgress, ToWorker } from "./messages";

/** Other scripts may message the page too; only the worker's progress reports are ours. */
const isSaveProgress = (data: unknown): data is SaveProgress =>
  typeof data === "object" && data !== null && (data as { type?: unknown }).type === "save-progress";

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

const describe = async (progress: SaveProgress): Promise<string> => {
  if (progress.error) return `Saving stopped: ${progress.error}. Try again when online.`;
  if (progress.saved < progress.total)
    return `${progress.saved} of ${progress.total} papers saved for offline reading.`;
  const { usage } = await navigator.storage.estimate();
  const used = usage === undefined ? "" : ` Lectern uses ${megabytes(usage)} on this device.`;
  return `All ${progress.total} papers are saved for offline reading.${used}`;
};

export const startSavePapers = async (section: HTMLElement): Promise<void> => {
  if (!("serviceWorker" in navigator)) return;
  const button = section.querySelector<HTMLButtonElement>("[data-offline-save]");
  const bar = section.querySelector<HTMLProgressElement>("[data-offline-progress]");
  const status = section.querySelector<HTMLElement>("[data-offline-status]");
  if (!button || !bar || !status) return;
  const registration = await navigator.serviceWorker.ready;
  const send = (message: ToWorker): void => registration.active?.postMessage(message);

  navigator.serviceWorker.addEventListener("message", (event: MessageEvent<unknown>) => {
    if (!isSaveProgress(event.data)) return;
    const { saved, total, error } = event.data;
    bar.max = total;
    bar.value = saved;
    const done = saved >= total && !error;
    button.hidden = done;
    button.disabled = false;
    void describe(event.data).then((text) => (status.textContent = text));
  });
  button.addEventListener("click", () => {
    button.disabled = true;
    bar.hidden = false;
    send({ type: "save-papers" });
  });
  section.hidden = false;
  send({ type: "offline-status" });
};
