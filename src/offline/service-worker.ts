/**
 * Lectern's service worker: stores one build's pages, assets and Pagefind index at install, then serves pages
 * network-first (so readers online see fresh pages, and every visited page is kept) and everything else from
 * the cache first. A new build has a new version, hence a new cache; the old one is dropped on activation, so
 * old and new index chunks never mix. The build prepends `OFFLINE_MANIFEST` (see src/integrations/offline.ts).
 */

interface OfflineManifest {
  /** Hash of every precached file: changes exactly when the build's output does. */
  version: string;
  /** URLs relative to the registration scope (the site base). */
  precache: readonly string[];
}

declare const OFFLINE_MANIFEST: OfflineManifest;

// The DOM and WebWorker libs cannot share one TypeScript program, so the few worker types used are declared here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const cachePrefix = "lectern-";
const cacheName = `${cachePrefix}${OFFLINE_MANIFEST.version}`;
const scopeUrl = (path: string): string => new URL(path, worker.registration.scope).href;

worker.addEventListener("install", (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(OFFLINE_MANIFEST.precache.map(scopeUrl))));
});

worker.addEventListener("activate", (event) => {
  const dropOldVersions = async (): Promise<void> => {
    const names = await caches.keys();
    await Promise.all(
      names.filter((name) => name.startsWith(cachePrefix) && name !== cacheName).map((name) => caches.delete(name)),
    );
    await worker.clients.claim();
  };
  event.waitUntil(dropOldVersions());
});

const keep = async (request: Request, response: Response): Promise<void> => {
  if (response.ok && response.type === "basic") await (await caches.open(cacheName)).put(request, response);
};

/** Pages: the network when it answers (kept for later), else this build's copy, else the offline 404 page. */
const networkFirst = async (request: Request): Promise<Response> => {
  try {
    const response = await fetch(request);
    await keep(request, response.clone());
    return response;
  } catch (error) {
    const cache = await caches.open(cacheName);
    // ignoreSearch: `search/?q=…` is the same document as `search/`; its script reads the query.
    const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(scopeUrl("404.html")));
    if (cached) return cached;
    throw error;
  }
};

/** Assets and index files are immutable within a build, so the cached copy is always right. */
const cacheFirst = async (request: Request): Promise<Response> => {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request, { ignoreSearch: request.url.includes("/pagefind/pagefind-entry.json") });
  if (cached) return cached;
  const response = await fetch(request);
  await keep(request, response.clone());
  return response;
};

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(worker.registration.scope)) return;
  event.respondWith(request.mode === "navigate" ? networkFirst(request) : cacheFirst(request));
});
