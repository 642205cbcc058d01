/**
 * Offline for real, with the site's own service worker in Chromium. Each test serves a private copy of the build
 * (see support/offline-site.ts) and, to go offline, stops that server rather than emulating a dropped network,
 * which service-worker traffic can bypass. Sizes and file lists are derived from the built files, never pinned.
 */
import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { writeSearchIndex } from "../../scripts/search-index/write-index";
import { readRecords } from "../../scripts/search-index/records-file";
import { SEARCH_RECORDS_FILE, papersDir } from "../../src/lib/project-files";
import type { SearchRecord } from "../../src/lib/search/search-record";
import { readCorpus, type CorpusPaper } from "./support/corpus";
import { expect, test } from "./support/fixtures";
import {
  cachedUrls,
  changedFiles,
  fileOfPath,
  filesWithRole,
  megabytes,
  openOfflineWorkspace,
  rewriteFile,
  rewriteWorker,
  sumSizes,
  waitForWorker,
  type OfflineWorkspace,
} from "./support/offline-site";
import { resultLinks, resultsRegion, searchInput, waitForSearchReady } from "./support/search-page";

let workspace: OfflineWorkspace;
test.beforeEach(async ({ site }) => {
  workspace = await openOfflineWorkspace(site);
});
test.afterEach(async () => {
  await workspace.close();
});

const paperAt = (papers: readonly CorpusPaper[], index: number): CorpusPaper => {
  const paper = papers.at(index);
  if (!paper) throw new Error(`the corpus has no paper at ${index}`);
  return paper;
};

/** The site files a page's caches hold, whatever cache and cache key (revision parameters) they use. */
const storedFiles = async (page: Page, basePath: string, cacheName?: (name: string) => boolean): Promise<string[]> => {
  const byCache = await cachedUrls(page);
  const urls = Object.entries(byCache)
    .filter(([name]) => cacheName?.(name) ?? true)
    .flatMap(([, keys]) => keys);
  return [...new Set(urls.map((url) => fileOfPath(new URL(url).pathname, basePath)))].sort();
};

const searchFor = async (page: Page, text: string): Promise<void> => {
  await searchInput(page).fill(text);
  await expect(page.locator("[data-search-status]")).toContainText(`“${text}”`);
};

test("the first visit stores the app shell and nothing more", async ({ page, site }) => {
  const build = await workspace.copySite("a", { searchOnRequest: true });
  const host = await workspace.host(build);
  await page.goto(host.server.url);
  await waitForWorker(page);
  expect(await storedFiles(page, site.basePath)).toEqual((await filesWithRole(build, ["shell"])).sort());

  // The search page states the downloads' sizes without fetching their file lists.
  await page.goto(`${host.server.url}search/`);
  await expect(page.getByRole("button", { name: /^Save all papers for offline — / })).toBeVisible();
  expect(host.requests.filter(({ path }) => fileOfPath(path, site.basePath).startsWith("offline/"))).toEqual([]);
  // Looking a file up in a download nobody asked for leaves no empty caches behind.
  expect(Object.keys(await cachedUrls(page)).filter((name) => name.startsWith("lectern-saved-"))).toEqual([]);
});

test("a small search index comes with the first visit and works offline", async ({ page, site }) => {
  const build = await workspace.copySite("a", { searchOnRequest: false });
  const { server } = await workspace.host(build);
  const paper = paperAt(readCorpus(site).papers, -1);
  await page.goto(`${server.url}search/`);
  await waitForWorker(page);
  const expected = await filesWithRole(build, ["shell", "search"]);
  expect(await storedFiles(page, site.basePath, (name) => name !== "lectern-offline-state")).toEqual(expected.sort());

  await server.stop();
  await page.reload();
  await waitForSearchReady(page);
  await searchInput(page).fill(paper.title);
  await expect(resultLinks(page).first()).toHaveText(paper.title);
});

test("search works offline after the explicit download", async ({ page, site }) => {
  const build = await workspace.copySite("a", { searchOnRequest: true });
  const { server } = await workspace.host(build);
  // The oldest paper: the newest-first listing the page opens with never loads its search data.
  const paper = paperAt(readCorpus(site).papers, -1);
  await page.goto(`${server.url}search/`);
  await waitForSearchReady(page);
  await waitForWorker(page);

  const searchFiles = await filesWithRole(build, ["search"]);
  const size = megabytes(await sumSizes(build, searchFiles));
  await page.getByRole("button", { name: `Make search available offline — ${size}` }).click();
  await expect(page.getByText(`Search works offline: the whole index (${size}) is stored`)).toBeVisible({
    timeout: 30_000,
  });
  expect(await storedFiles(page, site.basePath, (name) => name.startsWith("lectern-saved-search-"))).toEqual(
    [...searchFiles].sort(),
  );

  await server.stop();
  await page.reload();
  await waitForSearchReady(page);
  await searchInput(page).fill(paper.title);
  await expect(resultLinks(page).first()).toHaveText(paper.title);
});

test("a page opened online works offline, and one never opened says so", async ({ page, site }) => {
  const build = await workspace.copySite("a", { searchOnRequest: true });
  const { server } = await workspace.host(build);
  const { papers, topics } = readCorpus(site);
  const topic = topics[0];
  if (!topic) throw new Error("no topics");
  const opened = paperAt(papers, 0);
  const neverOpened = paperAt(papers, 1);
  await page.goto(server.url);
  await waitForWorker(page);
  await page.goto(`${server.url}topics/${topic.slug}/`);
  await page.goto(`${server.url}papers/${opened.slug}/`);

  await server.stop();
  await page.goto(`${server.url}topics/${topic.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(topic.name);
  await page.goto(`${server.url}papers/${opened.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(opened.title);
  await page.goto(`${server.url}papers/${neverOpened.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
});

/** Build B from build A as a rebuild would: one paper page edited, one paper removed, one paper re-indexed. */
const rebuild = async (
  build: string,
  edited: CorpusPaper,
  removed: CorpusPaper,
  reindexed: CorpusPaper,
  marker: string,
): Promise<void> => {
  await rewriteFile(build, `papers/${edited.slug}/index.html`, (html) => `${html}<!-- corrected -->\n`);
  await rm(join(build, "papers", removed.slug), { recursive: true });
  async function* records(): AsyncGenerator<SearchRecord> {
    for await (const record of readRecords(join(papersDir(process.env), SEARCH_RECORDS_FILE))) {
      if (record.url.endsWith(`/${removed.slug}/`)) continue;
      yield record.url.endsWith(`/${reindexed.slug}/`) ? { ...record, content: `${record.content} ${marker}` } : record;
    }
  }
  // The whole index as one new shard under a new index version, named by the search page as a build names it.
  const shard = "0rebuilt0000";
  await rm(join(build, "pagefind"), { recursive: true });
  await writeSearchIndex(records(), join(build, "pagefind", shard));
  await rewriteFile(build, "search/index.html", (html) =>
    html
      .replace(/data-index-shards="[^"]*"/, `data-index-shards="${shard}"`)
      .replace(/data-index-version="[^"]*"/, `data-index-version="${shard}"`),
  );
  await rewriteWorker(build, { searchOnRequest: true });
};

test("an update fetches only the changed files, and the old and new index never mix", async ({ page, site }) => {
  test.setTimeout(180_000);
  const first = await workspace.copySite("a", { searchOnRequest: true });
  const host = await workspace.host(first);
  const { server } = host;
  const { papers } = readCorpus(site);
  const [edited, removed, reindexed] = [paperAt(papers, 2), paperAt(papers, 3), paperAt(papers, -2)];
  const marker = "zyzzyvaupdate";
  await page.goto(`${server.url}search/`);
  await waitForWorker(page);
  await page.getByRole("button", { name: /^Make search available offline/ }).click();
  await page.getByRole("button", { name: /^Save all papers for offline/ }).click();
  await expect(page.getByText(/^Search works offline/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^All \d+ papers are saved for offline reading/)).toBeVisible({ timeout: 60_000 });

  const second = await workspace.copySite("b", { searchOnRequest: true });
  await rebuild(second, edited, removed, reindexed, marker);
  const roles = ["shell", "search", "papers"] as const;
  const expected = await changedFiles(first, second, roles);
  expect(expected.length).toBeGreaterThan(0);
  await host.deploy(second);
  const seen = host.requests.length;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByRole("button", { name: "New version — reload" });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  const fetched = host.requests
    .slice(seen)
    .map(({ path }) => fileOfPath(path, site.basePath))
    .filter((file) => file !== "sw.js" && !file.startsWith("offline/"));
  expect([...fetched].sort()).toEqual(expected);

  // Until the reader accepts, the old worker serves the old build whole, even across a reload, offline.
  await server.stop();
  await page.reload();
  await waitForSearchReady(page);
  await searchFor(page, marker);
  await expect(resultLinks(page)).toHaveCount(0);
  await searchInput(page).fill(removed.title);
  await expect(resultLinks(page).first()).toHaveText(removed.title);

  // The reload may finish before a listener added after the click would see it.
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "New version — reload" }).click()]);
  await waitForSearchReady(page);
  await searchFor(page, marker);
  await expect(resultLinks(page).first()).toHaveText(reindexed.title);
  await searchInput(page).fill(removed.title);
  await expect(resultsRegion(page).getByRole("link", { name: removed.title, exact: true })).toHaveCount(0);

  // What the old build had and the new one lacks is gone; each stored file is the new build's.
  const stored = await storedFiles(
    page,
    site.basePath,
    (name) => name.startsWith("workbox-precache") || name.startsWith("lectern-saved-"),
  );
  expect(stored).toEqual((await filesWithRole(second, roles)).sort());
});

test("Save all papers resumes after the server fails midway and the tab is closed", async ({ page, context, site }) => {
  test.setTimeout(120_000);
  const build = await workspace.copySite("a", { searchOnRequest: false });
  const host = await workspace.host(build);
  const paperFiles = await filesWithRole(build, ["papers"]);
  const isPaper = (path: string): boolean => fileOfPath(path, site.basePath).startsWith("papers/");
  let papersServed = 0;
  let broken = false;
  host.failWhen = (path) => {
    if (!isPaper(path)) return false;
    papersServed += 1;
    broken ||= papersServed > Math.floor(paperFiles.length / 3);
    return broken;
  };
  await page.goto(`${host.server.url}search/`);
  await waitForWorker(page);
  const size = megabytes(await sumSizes(build, paperFiles));
  await page.getByRole("button", { name: `Save all papers for offline — ${size}` }).click();
  await expect(page.getByText(/^Storing papers stopped \(.+\): the server could not be reached/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("button", { name: /^Resume saving papers — .+ left$/ })).toBeVisible();

  broken = false;
  host.failWhen = () => false;
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(host.server.url);
  await reopened.goto(`${host.server.url}search/`);
  await expect(reopened.getByText(`All ${paperFiles.length} papers are saved for offline reading.`)).toBeVisible({
    timeout: 60_000,
  });
  // Resumed, not restarted: no paper page was downloaded twice.
  const served = host.requests.filter(({ path, failed }) => isPaper(path) && !failed).map(({ path }) => path);
  expect(served.length).toBe(new Set(served).size);

  // Saved means readable offline, a paper never opened included.
  const paper = paperAt(readCorpus(site).papers, -1);
  await host.server.stop();
  await reopened.goto(`${host.server.url}papers/${paper.slug}/`);
  await expect(reopened.getByRole("heading", { level: 1 })).toHaveText(paper.title);
});

test("Save all papers finishes when the browser stops the worker midway", async ({ page, context, site }) => {
  test.setTimeout(120_000);
  const build = await workspace.copySite("a", { searchOnRequest: false });
  const host = await workspace.host(build);
  const paperFiles = await filesWithRole(build, ["papers"]);
  const isPaper = (path: string): boolean => fileOfPath(path, site.basePath).startsWith("papers/");
  // Papers after the first third wait at the server until the worker has been stopped, as one would be in the
  // middle of a download of tens of thousands of files that outlasts the browser's patience with one event.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let papersServed = 0;
  host.holdWhen = (path) => {
    if (!isPaper(path)) return undefined;
    papersServed += 1;
    return papersServed > Math.floor(paperFiles.length / 3) ? held : undefined;
  };
  await page.goto(`${host.server.url}search/`);
  await waitForWorker(page);
  await page.getByRole("button", { name: /^Save all papers for offline/ }).click();
  await expect.poll(() => papersServed, { timeout: 30_000 }).toBeGreaterThan(paperFiles.length / 3);

  const cdp = await context.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  release();
  await expect(page.getByText(`All ${paperFiles.length} papers are saved for offline reading.`)).toBeVisible({
    timeout: 60_000,
  });
});

test("papers an earlier release saved in its single cache are moved over, not downloaded again", async ({
  page,
  site,
}) => {
  test.setTimeout(120_000);
  const build = await workspace.copySite("a", { searchOnRequest: false });
  const host = await workspace.host(build);
  const isPaper = (path: string): boolean => fileOfPath(path, site.basePath).startsWith("papers/");
  const listName = (await readdir(join(build, "offline"))).find((name) => name.startsWith("papers."));
  const list = JSON.parse(await readFile(join(build, "offline", listName ?? "missing"), "utf8")) as {
    files: [string, string, number][];
  };
  await page.goto(`${host.server.url}search/`);
  await waitForWorker(page);
  // The layout of the earlier release: one cache, keys carrying each file's revision; a marked copy of each page.
  await page.evaluate(async (files) => {
    const { scope } = await navigator.serviceWorker.ready;
    const old = await caches.open("lectern-saved-papers");
    const page = '<!doctype html><html lang="en"><title>Kept</title><h1>Kept from the old cache</h1></html>';
    const headers = { "content-type": "text/html; charset=utf-8" };
    for (const [url, revision] of files)
      await old.put(`${new URL(url, scope).href}?__lectern_rev=${revision}`, new Response(page, { headers }));
  }, list.files);
  const before = host.requests.length;

  await page.getByRole("button", { name: /^Save all papers for offline/ }).click();
  await expect(page.getByText(`All ${list.files.length} papers are saved for offline reading.`)).toBeVisible({
    timeout: 60_000,
  });
  expect(
    host.requests
      .slice(before)
      .map(({ path }) => path)
      .filter(isPaper),
  ).toEqual([]);
  expect(Object.keys(await cachedUrls(page))).not.toContain("lectern-saved-papers");

  const paper = paperAt(readCorpus(site).papers, -1);
  await host.server.stop();
  await page.goto(`${host.server.url}papers/${paper.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kept from the old cache");
});

test("a full storage quota is reported plainly", async ({ page }) => {
  const build = await workspace.copySite("a", { searchOnRequest: true });
  const { server } = await workspace.host(build);
  await page.goto(`${server.url}search/`);
  await waitForWorker(page);
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  const cdp = await page.context().newCDPSession(page);
  // Room for a handful of paper pages, far from all of them. Chromium enforces it on writes, though
  // navigator.storage.estimate() goes on reporting the real quota.
  await cdp.send("Storage.overrideQuotaForOrigin", {
    origin: new URL(server.url).origin,
    quotaSize: (usage ?? 0) + 200_000,
  });
  await page.getByRole("button", { name: /^Save all papers for offline/ }).click();
  await expect(page.getByText(/^Storage is full: this browser allows Lectern no more space/)).toBeVisible({
    timeout: 30_000,
  });
});
