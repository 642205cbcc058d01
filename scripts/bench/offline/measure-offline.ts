/**
 * The offline layer as a reader meets it, in Chromium with the site's real service worker, counted at the server:
 * what a first visit downloads, and, for a reader who then saved everything (the search index and every paper),
 * what the update after a rebuild downloads again. The browser profile is kept on disk between the two halves so
 * the second finds the first's worker and caches, on the same origin (same port).
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../lib/chromium";
import { serveDist } from "../search/serve-dist";
import { transferBytes } from "../search/transfer-size";

export interface Downloaded {
  files: number;
  /** As stored on disk (what the worker stores). */
  bytes: number;
  /** With the host's gzip for text, as `transfer-size.ts` estimates it. */
  transferBytes: number;
}

export interface OfflineBeforeUpdate {
  serviceWorkerBytes: number;
  firstVisit: Downloaded;
  /** Everything the reader then had stored: shell, search index, papers. */
  saved: Downloaded;
  port: number;
}

/** What the update after the rebuild downloaded, sw.js and file lists included. */
export type UpdateDownload = Downloaded & { serviceWorkerBytes: number };

export interface OfflineMetrics extends OfflineBeforeUpdate {
  update?: UpdateDownload;
}

const counter = (): { count: (file: string) => void; take: () => Downloaded } => {
  let files: string[] = [];
  return {
    count: (file) => {
      files.push(file);
    },
    take: () => {
      const taken = files;
      files = [];
      return {
        files: taken.length,
        bytes: taken.reduce((sum, file) => sum + statSync(file).size, 0),
        transferBytes: taken.reduce((sum, file) => sum + transferBytes(file), 0),
      };
    },
  };
};

const launch = (profileDir: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(profileDir, chromiumLaunchOptions());

/** Until the registration has no worker installing: the first one active, or an update waiting. */
const settled = (page: Page): Promise<void> =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const registration = await navigator.serviceWorker.getRegistration();
    while (registration?.installing) await new Promise((resolve) => setTimeout(resolve, 200));
  });

/**
 * Asks the worker to store both optional downloads (`save`) or to continue those it holds (`resume`, after an
 * update), and waits until both are complete. It asks for the workers' state every few seconds rather than waiting
 * for a last report: Chromium stops a worker whose event runs for many minutes, as a 50k-paper download does, and a
 * stopped worker reports nothing. Like the search page, it then asks again, and the download continues.
 */
const storeEverything = (page: Page, request: "save" | "resume"): Promise<void> =>
  // No named functions inside: tsx would wrap them in a helper that does not exist in the page.
  page.evaluate(async (request) => {
    const registration = await navigator.serviceWorker.ready;
    const latest = new Map<string, { saving: boolean; storedFiles: number; totalFiles: number; problem?: string }>();
    let heard = Date.now();
    navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
      const data = event.data as { type?: string; set: string };
      if (data.type !== "offline-progress") return;
      latest.set(data.set, event.data as never);
      heard = Date.now();
    });
    const asks =
      request === "resume"
        ? [{ type: "offline-resume" }]
        : ["search", "papers"].map((set) => ({ type: "offline-save", set }));
    for (const message of asks) registration.active?.postMessage(message);
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const states = [...latest.entries()];
      const stopped = states.find(([, state]) => state.problem);
      if (stopped) throw new Error(`saving ${stopped[0]} stopped: ${String(stopped[1].problem)}`);
      if (states.filter(([, state]) => state.storedFiles >= state.totalFiles).length === 2) return;
      if (states.some(([, state]) => !state.saving && state.storedFiles < state.totalFiles))
        for (const message of asks) registration.active?.postMessage(message);
      // A status answer counts every stored file, so it is asked for only when the worker has gone quiet.
      if (Date.now() - heard > 10_000) registration.active?.postMessage({ type: "offline-status" });
    }
  }, request);

export async function measureFirstVisitAndSave(distDir: string, profileDir: string): Promise<OfflineBeforeUpdate> {
  const downloads = counter();
  const server = await serveDist(distDir, { onFile: downloads.count });
  const context = await launch(profileDir);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await settled(page);
    const firstVisit = downloads.take();
    await page.goto(`${server.url}/search/`);
    await storeEverything(page, "save");
    const rest = downloads.take();
    const saved = {
      files: firstVisit.files + rest.files,
      bytes: firstVisit.bytes + rest.bytes,
      transferBytes: firstVisit.transferBytes + rest.transferBytes,
    };
    return {
      serviceWorkerBytes: statSync(join(distDir, "sw.js")).size,
      firstVisit,
      saved,
      port: Number(new URL(server.url).port),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/** After the rebuild: the same reader comes back; the browser finds the new worker, which installs and waits. */
export async function measureUpdate(distDir: string, profileDir: string, port: number): Promise<UpdateDownload> {
  const downloads = counter();
  const server = await serveDist(distDir, { port, onFile: downloads.count });
  const context = await launch(profileDir);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await settled(page);
    // The install stores changed files for a minute at most; the new version then takes over (as "New version —
    // reload" makes it) and finishes the rest, which counts too.
    // The page reloads when the new version takes over, as every open Lectern tab does.
    const reloaded = page.waitForEvent("load", { timeout: 60_000 }).catch(() => undefined);
    const skipped = await page.evaluate(async () => {
      const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
      waiting?.postMessage({ type: "SKIP_WAITING" });
      return waiting !== undefined && waiting !== null;
    });
    if (skipped) await reloaded;
    await page.waitForLoadState();
    await storeEverything(page, "resume");
    return { ...downloads.take(), serviceWorkerBytes: statSync(join(distDir, "sw.js")).size };
  } finally {
    await context.close();
    await server.close();
  }
}
