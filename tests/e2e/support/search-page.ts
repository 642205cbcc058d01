/** Reader-level helpers for the search page: open it, wait for Pagefind's answer, read result titles. */
import { expect, type Locator, type Page } from "@playwright/test";

export const resultsRegion = (page: Page): Locator => page.getByRole("region", { name: "Results" });

export const resultLinks = (page: Page): Locator =>
  resultsRegion(page).getByRole("heading", { level: 3 }).getByRole("link");

export const searchInput = (page: Page): Locator =>
  page.getByRole("searchbox", { name: "Words in the title or abstract" });

/** Resolves once the page has shown at least one answer from Pagefind (the status leaves "Loading…"). */
export const waitForSearchReady = async (page: Page): Promise<void> => {
  await expect(page.locator("[data-search-root]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
};

export const openSearch = async (page: Page, query = ""): Promise<void> => {
  await page.goto(`search/${query}`);
  await waitForSearchReady(page);
};

/** Upvotes shown in each result's facts line (`▲ 12`), in display order. */
export const shownUpvotes = async (page: Page): Promise<number[]> =>
  (
    await resultsRegion(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") })
      .allTextContents()
  ).map((text) => Number(/▲ (\d+)/.exec(text)?.[1] ?? Number.NaN));
