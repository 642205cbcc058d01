/**
 * Lectern's service worker. It precaches the app shell the build lists (Workbox, one revision per file, so an
 * update fetches only changed files and drops those gone); keeps each page a reader opens; and holds the two
 * optional downloads, the whole search index and every paper page, that the reader asks for on the search page
 * (the index comes unasked when it is small). Pagefind's chunk files are named by their content hash and its
 * entry and meta files are part of the shell, which switches from one build to the next in one step when the new
 * worker takes over, so an old and a new index never mix. A new worker waits until every tab is closed or the
 * reader accepts the "New version — reload" prompt (src/browser/offline/register.ts).
 */
import { clientsClaim } from "workbox-core";
import type { WorkboxPlugin } from "workbox-core/types";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { OFFLINE_SET_NAMES } from "../../lib/offline/offline-sets";
import { isPagefindIndexFile } from "../../lib/offline/pagefind-files";
import type { OfflineProgress } from "./messages";
import { createSavedSets } from "./saved-sets";
import { worker, type WorkerScope } from "./worker-scope";

const scope = worker.registration.scope;
const scopeUrl = (path: string): string => new URL(path, scope).href;

/** Caches of the worker before Workbox: one per build, named by its version hash. */
const isLegacyCache = (name: string): boolean => /^lectern-[0-9a-f]{16}$/.test(name);

const broadcast = (progress: OfflineProgress): void => {
  void worker.clients.matchAll({ includeUncontrolled: true, type: "window" }).then((clients) => {
    for (const client of clients) client.postMessage(progress);
  });
};

const savedSets = createSavedSets({
  sets: LECTERN_OFFLINE_SETS,
  scope,
  report: broadcast,
  isNewest: () => worker.registration.installing === null && worker.registration.waiting === null,
});

// The query string never selects a different file on a static host: `search/?q=…` is `search/index.html`, and
// Pagefind's `pagefind-entry.json?ts=…` cache tag is the entry file of this worker's own build.
// Spelled out in full: Workbox injects the build's list exactly where `self.__WB_MANIFEST` stands.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
clientsClaim();

/** Keeps a runtime cache to its newest entries. The cast: Workbox's own types clash under exactOptionalPropertyTypes. */
const keepAtMost = (maxEntries: number): WorkboxPlugin => new ExpirationPlugin({ maxEntries }) as WorkboxPlugin;

const pagefindFolder = /\/pagefind\//;
const searchVisited = new CacheFirst({
  cacheName: "lectern-search-visited",
  plugins: [keepAtMost(400)],
});
registerRoute(
  ({ url }) => url.href.startsWith(scope) && pagefindFolder.test(url.pathname) && isPagefindIndexFile(url.pathname),
  async (options) => (await savedSets.match("search", options.request)) ?? searchVisited.handle(options),
);

/** Offline and never stored: say so plainly, with a way back to what does work offline. */
const notSavedPage = (): Response =>
  new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>Offline · Lectern</title><main style="font:1.1rem/1.6 system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem">` +
      `<h1>You are offline</h1><p>This page was not saved on this device. Pages you have opened work offline; ` +
      `use “Save all papers for offline” on the search page to keep every paper.</p>` +
      `<p><a href="${scopeUrl("search/")}">Search</a> · <a href="${scopeUrl("./")}">Home</a></p></main></html>`,
    { status: 503, headers: { "content-type": "text/html; charset=utf-8" } },
  );

// Pages: the network when it answers (readers online see fresh pages, and each page opened is kept), else the
// copy kept when it was opened, else the saved paper, else a plain offline notice.
const pagesOpened = new NetworkFirst({
  cacheName: "lectern-pages",
  plugins: [keepAtMost(1000)],
});
registerRoute(
  ({ request, url }) => request.mode === "navigate" && url.href.startsWith(scope),
  async (options) => {
    try {
      return await pagesOpened.handle(options);
    } catch {
      return (await savedSets.match("papers", options.request)) ?? notSavedPage();
    }
  },
);

worker.addEventListener("install", (event) => {
  // Best effort: a file that fails now is fetched when a page next asks to resume; the update is not held back.
  event.waitUntil(savedSets.catchUp().catch(() => undefined));
});

worker.addEventListener("activate", (event) => {
  const dropOld = async (): Promise<void> => {
    await Promise.all((await caches.keys()).filter(isLegacyCache).map((name) => caches.delete(name)));
    await savedSets.cleanUp();
  };
  event.waitUntil(dropOld().catch(() => undefined));
});

worker.addEventListener("message", (event) => {
  const message = event.data;
  switch (message.type) {
    case "SKIP_WAITING":
      event.waitUntil(worker.skipWaiting());
      return;
    case "offline-status":
      event.waitUntil(
        Promise.all(
          OFFLINE_SET_NAMES.map(async (set) => {
            broadcast(await savedSets.status(set));
          }),
        ),
      );
      return;
    case "offline-save":
      event.waitUntil(savedSets.save(message.set));
      return;
    case "offline-resume":
      event.waitUntil(savedSets.resume());
      return;
  }
});
