/**
 * Offline for real: the search page is visited once online from a private server and the reader saves the
 * papers; the server is then stopped (not merely emulated offline, which service-worker traffic can bypass),
 * and the reader reloads, searches and opens a result.
 */
import { readCorpus } from "./support/corpus";
import { expect, test } from "./support/fixtures";
import { resultLinks, searchInput, waitForSearchReady } from "./support/search-page";

test("after one visit and Save for offline, search and papers work with the server gone", async ({
  page,
  site,
  privateServer,
}) => {
  test.setTimeout(60_000);
  const paper = readCorpus(site).papers.at(-1);
  if (!paper) throw new Error("empty corpus");
  await page.goto(`${privateServer.url}search/`);
  await waitForSearchReady(page);
  // The worker activates only once everything is precached, and then claims this page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener("controllerchange", resolve);
      });
    }
  });

  const corpusSize = readCorpus(site).papers.length;
  await page.getByRole("button", { name: "Save all papers for offline" }).click();
  await expect(page.getByText(`All ${corpusSize} papers are saved for offline reading.`)).toBeVisible({
    timeout: 30_000,
  });

  await privateServer.stop();
  await expect(page.request.get(privateServer.url)).rejects.toThrow();

  await page.reload();
  await waitForSearchReady(page);
  await searchInput(page).fill(paper.title);
  await expect(resultLinks(page).first()).toHaveText(paper.title);
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(`${privateServer.url}papers/${paper.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(paper.title);

  // Listing pages are part of the core stored on the first visit.
  await page.goto(`${privateServer.url}topics/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
