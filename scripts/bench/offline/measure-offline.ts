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

const SAVE_TIMEOUT_MS = 30 * 60_000;

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

/** Asks the worker to store both optional downloads and waits for both to report complete. */
const saveEverything = (page: Page): Promise<void> =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const done = new Set<string>();
    await new Promise<void>((resolve, reject) => {
      navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
        const data = event.data as {
          type?: string;
          set: string;
          storedFiles: number;
          totalFiles: number;
          problem?: string;
        };
        if (data.type !== "offline-progress") return;
        if (data.problem) reject(new Error(`saving ${data.set} stopped: ${data.problem}`));
        if (data.storedFiles >= data.totalFiles) done.add(data.set);
        if (done.size === 2) resolve();
      });
      for (const set of ["search", "papers"]) registration.active?.postMessage({ type: "offline-save", set });
    });
  });

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
    page.setDefaultTimeout(SAVE_TIMEOUT_MS);
    await saveEverything(page);
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
    page.setDefaultTimeout(SAVE_TIMEOUT_MS);
    await page.goto(`${server.url}/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await settled(page);
    return { ...downloads.take(), serviceWorkerBytes: statSync(join(distDir, "sw.js")).size };
  } finally {
    await context.close();
    await server.close();
  }
}
