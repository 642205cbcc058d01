/**
 * Registers the service worker written by the build at `<base>sw.js` (Workbox's window helper), scoped to the base
 * so a site under `/lectern/` never claims the rest of the origin. A new version waits until the reader accepts
 * the prompt (then every open tab reloads) or closes every tab; each page load asks the worker to continue a download a failure or a closed
 * tab left unfinished. Production only: the dev server has no `sw.js`.
 */
import { Workbox } from "workbox-window";
import type { ToWorker } from "./messages";
import { showUpdatePrompt } from "./update-prompt";

export const registerServiceWorker = (): void => {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  let accepted = false;
  workbox.addEventListener("waiting", () => {
    showUpdatePrompt(() => {
      accepted = true;
      workbox.messageSkipWaiting();
    });
  });
  // Every open tab follows the new version at once: a page of the old build must not run on the new one's data.
  // Workbox calls a change of worker no update on a page that opened before any worker controlled it, so the tab
  // whose reader accepted the prompt reloads whatever Workbox calls it.
  workbox.addEventListener("controlling", (event) => {
    if (event.isUpdate || accepted) window.location.reload();
  });
  workbox
    .register()
    .then(async () => {
      const registration = await navigator.serviceWorker.ready;
      const resume: ToWorker = { type: "offline-resume" };
      registration.active?.postMessage(resume);
    })
    .catch((error: unknown) => {
      console.warn("Lectern: offline support unavailable:", error);
    });
};
