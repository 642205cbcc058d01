/**
 * Lectern's service worker. At install it stores one build's core (listing pages, assets, the Pagefind bundle),
 * so search works offline after one visit; paper pages are stored when the reader asks ("Save for offline"),
 * and kept across updates once asked. Pages are served network-first (readers online see fresh pages and each
 * visited page is kept), everything else cache-first. A new build has a new version, hence a new cache; the old
 * one is dropped on activation, so old and new index chunks never mix. The build prepends `OFFLINE_MANIFEST`
 * (scripts/astro/offline.ts).
 */
import type { SaveProgress, ToWorker } from "./messages";

interface OfflineManifest {
  /** Hash of every listed file: changes exactly when the build's output does. */
  version: string;
  /** URLs relative to the registration scope (the site base), stored at install. */
  core: readonly string[];
  /** Paper page URLs, stored on request. */
  papers: readonly string[];
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
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: ToWorker;
  readonly source: { postMessage(message: SaveProgress): void } | null;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const cachePrefix = "lectern-";
const cacheName = `${cachePrefix}${OFFLINE_MANIFEST.version}`;
const scopeUrl = (path: string): string => new URL(path, worker.registration.scope).href;
/** A marker entry: present when the reader chose to keep all papers, so updates store them again. */
const papersWantedKey = scopeUrl("__lectern/papers-wanted");
const saveBatchSize = 8;

const readerWantsPapers = async (): Promise<boolean> => Boolean(await caches.match(papersWantedKey));

worker.addEventListener("install", (event) => {
  const install = async (): Promise<void> => {
    const wantsPapers = await readerWantsPapers();
    const cache = await caches.open(cacheName);
    await cache.addAll(OFFLINE_MANIFEST.core.map(scopeUrl));
    if (wantsPapers) {
      await cache.addAll(OFFLINE_MANIFEST.papers.map(scopeUrl));
      await cache.put(papersWantedKey, new Response("yes"));
    }
  };
  event.waitUntil(install());
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

const missingPapers = async (cache: Cache): Promise<string[]> => {
  const stored = new Set((await cache.keys()).map((request) => request.url));
  return OFFLINE_MANIFEST.papers.map(scopeUrl).filter((url) => !stored.has(url));
};

/** Stores the paper pages not yet stored, a batch at a time, reporting progress to the page that asked. */
const savePapers = async (report: (progress: SaveProgress) => void): Promise<void> => {
  const cache = await caches.open(cacheName);
  const total = OFFLINE_MANIFEST.papers.length;
  const missing = await missingPapers(cache);
  await cache.put(papersWantedKey, new Response("yes"));
  for (let start = 0; start < missing.length; start += saveBatchSize) {
    await cache.addAll(missing.slice(start, start + saveBatchSize));
    report({ type: "save-progress", saved: total - missing.length + start + saveBatchSize, total });
  }
  report({ type: "save-progress", saved: total, total });
};

worker.addEventListener("message", (event) => {
  const report = (progress: SaveProgress): void => {
    event.source?.postMessage({ ...progress, saved: Math.min(progress.saved, progress.total) });
  };
  const answer = async (): Promise<void> => {
    const total = OFFLINE_MANIFEST.papers.length;
    if (event.data.type === "offline-status") {
      const missing = await missingPapers(await caches.open(cacheName));
      report({ type: "save-progress", saved: total - missing.length, total });
      return;
    }
    await savePapers(report).catch((error: unknown) => {
      report({ type: "save-progress", saved: 0, total, error: String(error) });
    });
  };
  event.waitUntil(answer());
});

const keep = async (request: Request, response: Response): Promise<void> => {
  if (response.ok && response.type === "basic") await (await caches.open(cacheName)).put(request, response);
};

/** Offline and never stored: say so plainly, with a way back to what does work offline. */
const notSavedPage = (): Response =>
  new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>Offline · Lectern</title><main style="font:1.1rem/1.6 system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem">` +
      `<h1>You are offline</h1><p>This page was not saved on this device. Search and topic pages work offline; ` +
      `use “Save for offline” on the search page to keep every paper.</p>` +
      `<p><a href="${scopeUrl("search/")}">Search</a> · <a href="${scopeUrl("./")}">Home</a></p></main></html>`,
    { status: 503, headers: { "content-type": "text/html; charset=utf-8" } },
  );

/** Pages: the network when it answers (kept for later), else this build's copy, else a plain offline notice. */
const networkFirst = async (request: Request): Promise<Response> => {
  try {
    const response = await fetch(request);
    await keep(request, response.clone());
    return response;
  } catch {
    // ignoreSearch: `search/?q=…` is the same document as `search/`; its script reads the query.
    return (await caches.match(request, { ignoreSearch: true, cacheName })) ?? notSavedPage();
  }
};

/** Assets and index files are immutable within a build, so the stored copy is always right. */
const cacheFirst = async (request: Request): Promise<Response> => {
  const ignoreSearch = request.url.includes("/pagefind/pagefind-entry.json");
  const cached = await caches.match(request, { ignoreSearch, cacheName });
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
