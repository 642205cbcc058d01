/**
 * The "Save to reading list" / "Remove from reading list" button, on paper pages and on search results. Its name
 * says what a press will do, and changes when it is pressed, here or in another tab. A paper is saved with what
 * the library page shows of it (title, address, date, authors), so that page needs nothing else.
 */
import { withoutPaper, withPaper } from "../../lib/reading-list/saved-papers";
import type { SavedPaper } from "../../schema/reading-list";
import { onSavedElsewhere, readSaved, writeSaved } from "./store";

/** What a page knows of a paper to save; the saving time and read mark are added on saving. */
export type PaperToSave = Omit<SavedPaper, "savedAt" | "read">;

const SAVE = "Save to reading list";
const REMOVE = "Remove from reading list";

const toggles = new Map<HTMLButtonElement, string>();
let listening = false;

const show = (button: HTMLButtonElement, saved: boolean): void => {
  button.textContent = saved ? REMOVE : SAVE;
  button.dataset["saved"] = String(saved);
};

const refreshAll = (): void => {
  const slugs = new Set(readSaved().map((paper) => paper.slug));
  for (const [button, slug] of toggles) {
    if (button.isConnected) show(button, slugs.has(slug));
    else toggles.delete(button);
  }
};

export function saveToggle(paper: PaperToSave): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "btn btn-sm save-toggle";
  show(
    button,
    readSaved().some((saved) => saved.slug === paper.slug),
  );
  button.addEventListener("click", () => {
    const papers = readSaved();
    const saved = papers.some((stored) => stored.slug === paper.slug);
    const next = saved
      ? withoutPaper(papers, paper.slug)
      : withPaper(papers, { ...paper, savedAt: new Date().toISOString(), read: false });
    if (writeSaved(next)) refreshAll();
    else button.textContent = "This browser does not allow saving";
  });
  toggles.set(button, paper.slug);
  if (!listening) {
    listening = true;
    onSavedElsewhere(refreshAll);
  }
  return button;
}

/** The slug of a paper page's address (`…/papers/<slug>/`), or undefined for any other address. */
export function paperSlugOf(url: string): string | undefined {
  const slug = /\/papers\/([^/]+)\/?$/.exec(new URL(url, window.location.href).pathname)?.[1];
  return slug === undefined ? undefined : decodeURIComponent(slug);
}

/** Names joined with ", " as the pages and the search index print them; none for an empty text. */
export function namesOf(text: string | undefined): string[] | undefined {
  const names = text
    ?.split(", ")
    .map((name) => name.trim())
    .filter(Boolean);
  return names && names.length > 0 ? names : undefined;
}
