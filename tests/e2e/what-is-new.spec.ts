/**
 * "New since your last visit" across a real rebuild: a reader visits a site built without the newest digest, the
 * site is rebuilt with it, and the home page and a topic page mark exactly the papers that digest brought and say
 * how many; offline, the copy the worker kept says the same. The expectations come from the two builds'
 * `papers.json`, never from pinned counts.
 */
import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { readPapersJson } from "./site/built-site";
import { buildScratchSite, createScratchProject, projectRoot } from "./site/scratch-project";
import { expect, test } from "./support/fixtures";
import { openOfflineWorkspace, waitForWorker } from "./support/offline-site";
import { compareCodePoints } from "../../src/lib/order";
import type { PapersJson } from "../../src/schema/papers-json";

/** Each paper's first listing day (the earliest dated digest listing it), as the site judges arrivals. */
const firstListed = (site: PapersJson): Map<string, string | undefined> => {
  const dayOf = new Map(site.digests.map((digest) => [digest.id, digest.date]));
  return new Map(
    site.papers.map((paper) => {
      const days = paper.appearances
        .flatMap((appearance) => dayOf.get(appearance.digest) ?? [])
        .sort(compareCodePoints);
      return [paper.title, days[0]];
    }),
  );
};

const plural = (count: number): string => `${count} ${count === 1 ? "paper" : "papers"}`;

/** Every row title on the page, with whether it carries the "New" mark. */
const rowMarks = (page: Page): Promise<[string, boolean][]> =>
  page.locator("main li[data-listed]").evaluateAll((rows) =>
    rows.map((row) => {
      const heading = row.querySelector("h2 a, h3 a");
      return [heading?.lastChild?.textContent?.trim() ?? "", row.querySelector(".new-mark") !== null];
    }),
  );

test("after a rebuild with one more digest, the home and topic pages mark what it brought", async ({ page, site }) => {
  // A build of the bundled digests but the newest: minutes on a busy machine.
  test.setTimeout(900_000);
  const after = await readPapersJson(site.outDir);
  const newestDigest = after.digests
    .filter((digest) => digest.date !== undefined)
    .sort((a, b) => compareCodePoints(b.date ?? "", a.date ?? ""))[0];
  if (!newestDigest?.date) throw new Error("the bundled digests have no dated digest");
  const workDir = await createScratchProject("what-is-new");
  const workspace = await openOfflineWorkspace(site);
  try {
    for (const digest of after.digests)
      if (digest.id !== newestDigest.id)
        await cp(
          join(projectRoot, "content", "digests", digest.file),
          join(workDir, "content", "digests", digest.file),
        );
    const before = join(workDir, "dist");
    await buildScratchSite(workDir, { basePath: site.basePath, outDir: before, cacheDir: join(workDir, "cache") });
    const lastSeen = (await readPapersJson(before)).digests
      .flatMap((digest) => digest.date ?? [])
      .sort(compareCodePoints)
      .at(-1);
    if (lastSeen === undefined) throw new Error("the first build has no dated digest");
    const listed = firstListed(after);
    const isNew = (title: string): boolean => compareCodePoints(listed.get(title) ?? "", lastSeen) > 0;
    const arrived = after.papers.filter((paper) => isNew(paper.title));
    expect(arrived.length, "the newest digest brings papers no other digest listed").toBeGreaterThan(0);

    const host = await workspace.host(before);
    await page.goto(host.server.url);
    await waitForWorker(page);
    await expect(page.getByText("Papers that arrive after this visit will be marked as new")).toBeVisible();
    await expect(page.locator(".new-mark")).toHaveCount(0);
    // A second page of the first visit, so the page that takes the update is one the worker controls.
    await page.reload();
    await expect(page.locator(".new-mark")).toHaveCount(0);

    // The home page is part of the worker's shell: the new build shows once the reader takes the new version.
    await host.deploy(await workspace.copySite("b", { searchOnRequest: false }));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole("button", { name: "New version — reload" });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent("load", { timeout: 30_000 }), prompt.click()]);
    await expect(page.getByText(`New since your last visit: ${plural(arrived.length)}.`)).toBeVisible();
    const home = await rowMarks(page);
    expect(home.filter(([, marked]) => marked).length).toBeGreaterThan(0);
    expect(home).toEqual(home.map(([title]) => [title, isNew(title)]));

    // A topic no other topic is under, so its papers are exactly those that name it.
    const leaves = after.topics.filter((topic) => !after.topics.some((other) => other.parent === topic.slug));
    const topic = leaves.find((candidate) => arrived.some((paper) => paper.topics.includes(candidate.slug)));
    if (!topic) throw new Error("no topic holds a new paper");
    await page.goto(`${host.server.url}topics/${topic.slug}/`);
    const inTopic = arrived.filter((paper) => paper.topics.includes(topic.slug)).length;
    await expect(page.getByText(`New since your last visit: ${plural(inTopic)}.`)).toBeVisible();
    const rows = await rowMarks(page);
    expect(rows.filter(([, marked]) => marked).length).toBeGreaterThan(0);
    expect(rows).toEqual(rows.map(([title]) => [title, isNew(title)]));

    // Offline, the copy of the home page the worker kept marks the same papers in the same sitting.
    await page.goto(host.server.url);
    await host.server.stop();
    await page.reload();
    await expect(page.getByText(`New since your last visit: ${plural(arrived.length)}.`)).toBeVisible();
    expect(await rowMarks(page)).toEqual(home);
  } finally {
    await workspace.close();
    await rm(workDir, { recursive: true, force: true });
  }
});
