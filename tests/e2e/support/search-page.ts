/** Reader-level helpers for the search page: open it, wait for Pagefind's answer, read result titles. */
import { expect, type Locator, type Page } from "@playwright/test";

export const resultsRegion = (page: Page): Locator => page.getByRole("region", { name: "Results" });

export const resultLinks = (page: Page): Locator =>
  resultsRegion(page).getByRole("heading", { level: 3 }).getByRole("link");

export const searchInput = (page: Page): Locator =>
  page.getByRole("searchbox", { name: "Words in the title, abstract or authors" });

/** Resolves once the page has shown at least one answer from Pagefind (the status leaves "Loading…"). */
export const waitForSearchReady = async (page: Page): Promise<void> => {
  await expect(page.locator("[data-search-root]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
};

export const openSearch = async (page: Page, query = ""): Promise<void> => {
  await page.goto(`search/${query}`);
  await waitForSearchReady(page);
};

/** The result items (each holds a title heading; their facts and topics are lists of their own). */
export const resultItems = (page: Page): Locator =>
  resultsRegion(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading") });

/** Upvotes shown in each result's facts line (`▲ 12 upvotes`; none shown counts as 0), in display order. */
export const shownUpvotes = async (page: Page): Promise<number[]> =>
  (await resultItems(page).allTextContents()).map((text) =>
    Number((/▲ ([\d,]+)/.exec(text)?.[1] ?? "0").replaceAll(",", "")),
  );

/** A filter's group (`Topic`, `Year`, …). */
export const filterGroup = (page: Page, name: string): Locator => page.getByRole("group", { name, exact: true });

/** Opens a filter's "show all" when it has one, so every value with results can be ticked. */
export const showAllValues = async (page: Page, group: string): Promise<void> => {
  const showAll = filterGroup(page, group).getByRole("button", { name: /^Show all/ });
  if (await showAll.isVisible()) await showAll.click();
};
