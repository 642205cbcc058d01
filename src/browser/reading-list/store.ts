/**
 * Where the reading list lives: one localStorage entry per site (its base path is part of the key, so two Lectern
 * sites on one origin keep two lists), in the shape it is exported in. Reading checks only what the save toggles
 * need; the library page validates every paper with the schema before it shows one.
 */
import { READING_LIST_FORMAT, READING_LIST_VERSION } from "../../lib/reading-list/format";
import type { SavedPaper } from "../../schema/reading-list";

const storageKey = `lectern-reading-list:${import.meta.env.BASE_URL.replace(/\/?$/, "/")}`;

const hasSlug = (value: unknown): value is SavedPaper =>
  typeof value === "object" && value !== null && "slug" in value && typeof value.slug === "string";

/** The stored papers, in saving order; none when storage is empty, unreadable or blocked. */
export function readSaved(): SavedPaper[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? "null");
    const papers: unknown = typeof stored === "object" && stored !== null && "papers" in stored ? stored.papers : [];
    return Array.isArray(papers) ? papers.filter(hasSlug) : [];
  } catch {
    return [];
  }
}

/** Stores the list; false when the browser refuses (storage blocked or full). */
export function writeSaved(papers: readonly SavedPaper[]): boolean {
  try {
    localStorage.setItem(
      storageKey,
      JSON.stringify({ format: READING_LIST_FORMAT, version: READING_LIST_VERSION, papers }),
    );
    return true;
  } catch {
    return false;
  }
}

/** Calls `listener` when another tab changes the list. */
export function onSavedElsewhere(listener: () => void): void {
  window.addEventListener("storage", (event) => {
    if (event.key === storageKey || event.key === null) listener();
  });
}
