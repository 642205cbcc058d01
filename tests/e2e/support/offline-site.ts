/**
 * Builds and a host for the offline tests. Each test gets a private copy of its project's site whose service
 * worker the build's own step rewrites, optionally leaving the whole search index to the explicit download as on
 * a large corpus; a second build is made from the copy the same way. The host serves a folder that a deploy
 * switches to another build in one step, logs every request and can fail requests like a flaky server.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { readdir } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { writeServiceWorker } from "../../../scripts/astro/offline";
import { offlineRoleOf, type OfflineRole } from "../../../scripts/astro/offline-files";
import { e2eDir, type SiteVariant } from "./sites";
import { startStaticServer, type StaticServer } from "./static-server";

export interface OfflineHost {
  server: StaticServer;
  /** Paths requested so far, in order, with whether the server failed them. */
  requests: { path: string; failed: boolean }[];
  /** Decides per request path whether the server fails it (503); none fail until set. */
  failWhen: (path: string) => boolean;
  /** Per request path that is not failed, a promise the answer waits for; none waits until set. */
  holdWhen: (path: string) => Promise<void> | undefined;
  /** Serves another build from now on, in one step. */
  deploy(dir: string): Promise<void>;
}

export interface OfflineWorkspace {
  dir: string;
  /** A copy of the project's built site, with its worker rewritten for the test. */
  copySite(name: string, options: { searchOnRequest: boolean }): Promise<string>;
  host(firstBuild: string): Promise<OfflineHost>;
  close(): Promise<void>;
}

/** Rewrites a build's service worker; `searchOnRequest` treats the index as too big to store unasked. */
export const rewriteWorker = async (dir: string, { searchOnRequest }: { searchOnRequest: boolean }): Promise<void> => {
  await writeServiceWorker(dir, {
    ...process.env,
    LECTERN_OFFLINE_SEARCH_AUTOMATIC_BYTES: searchOnRequest ? "0" : "",
  });
};

export const openOfflineWorkspace = async (site: SiteVariant): Promise<OfflineWorkspace> => {
  await mkdir(join(e2eDir, "offline"), { recursive: true });
  const dir = await mkdtemp(join(e2eDir, "offline", `${site.name}-`));
  let host: OfflineHost | undefined;
  return {
    dir,
    copySite: async (name, options) => {
      const copy = join(dir, name);
      await cp(site.outDir, copy, { recursive: true });
      await rewriteWorker(copy, options);
      return copy;
    },
    host: async (firstBuild) => {
      const live = join(dir, "live");
      const deploy = async (build: string): Promise<void> => {
        const next = `${live}.next`;
        await rm(next, { force: true });
        await symlink(build, next);
        await rename(next, live);
      };
      await deploy(firstBuild);
      const requests: OfflineHost["requests"] = [];
      const server = await startStaticServer({
        root: live,
        base: site.basePath,
        onRequest: (path) => {
          const failed = created.failWhen(path);
          requests.push({ path, failed });
          return failed ? "fail" : created.holdWhen(path);
        },
      });
      // Stopping is idempotent: a test stops the server to go offline, and the workspace stops it in any case.
      let stopping: Promise<void> | undefined;
      const created: OfflineHost = {
        requests,
        failWhen: () => false,
        holdWhen: () => undefined,
        deploy,
        server: { ...server, url: server.url, port: server.port, stop: () => (stopping ??= server.stop()) },
      };
      host = created;
      return created;
    },
    close: async () => {
      await host?.server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
};

const posixFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));

/** The built files of the given roles, as paths relative to the site. */
export const filesWithRole = async (dir: string, roles: readonly OfflineRole[]): Promise<string[]> =>
  (await posixFiles(dir)).filter((file) => {
    const role = offlineRoleOf(file);
    return role !== undefined && roles.includes(role);
  });

const contentHash = async (file: string): Promise<string> =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

/**
 * Files of `after` in the given roles that an update must fetch: shell files that are new or differ from
 * `before`, and files of an optional download whose content no file of that download in `before` has (the worker
 * copies a file that only moved from its stored copy).
 */
export const changedFiles = async (before: string, after: string, roles: readonly OfflineRole[]): Promise<string[]> => {
  const storedContent = new Set<string>();
  for (const file of await filesWithRole(before, roles))
    if (offlineRoleOf(file) !== "shell")
      storedContent.add(`${offlineRoleOf(file)} ${await contentHash(join(before, file))}`);
  const changed: string[] = [];
  for (const file of await filesWithRole(after, roles)) {
    const role = offlineRoleOf(file);
    const old = join(before, file);
    const fresh = join(after, file);
    if (role !== "shell") {
      if (!storedContent.has(`${role} ${await contentHash(fresh)}`)) changed.push(file);
    } else if (!existsSync(old) || !(await readFile(old)).equals(await readFile(fresh))) changed.push(file);
  }
  return changed.sort();
};

/** A request path as the built file it serves: `/lectern/papers/x/` → `papers/x/index.html`. */
export const fileOfPath = (path: string, basePath: string): string => {
  const inSite = decodeURIComponent(path.slice(basePath.length));
  return inSite === "" || inSite.endsWith("/") ? `${inSite}index.html` : inSite;
};

export const sumSizes = async (dir: string, files: readonly string[]): Promise<number> => {
  let bytes = 0;
  for (const file of files) bytes += (await readFile(join(dir, file))).byteLength;
  return bytes;
};

/** The size as the offline controls state it. */
export const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Resolves once a service worker controls the page (the first one claims it when it activates). */
export const waitForWorker = async (page: Page): Promise<void> => {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => {
      navigator.serviceWorker.addEventListener("controllerchange", resolve);
    });
  });
};

/** Every URL in every cache of the origin, by cache name, query strings included. */
export const cachedUrls = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(async () => {
    const result: Record<string, string[]> = {};
    for (const name of await caches.keys())
      result[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    return result;
  });

/** Writes a file in a build, as a rebuild that changed it would. */
export const rewriteFile = async (dir: string, file: string, change: (text: string) => string): Promise<void> => {
  const path = join(dir, file);
  await writeFile(path, change(await readFile(path, "utf8")));
};
