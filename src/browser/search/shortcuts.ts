/**
 * `/` and Ctrl/Cmd+K focus search from any page: the search page's own box when present, else the header box
 * when it is visible, else (narrow screens hide it) the search page is opened. The header box learns of the
 * shortcuts here (`aria-keyshortcuts` and the `/` hint), because they exist only where this runs.
 */

/** The header's search box (`SearchBox.astro`). */
const HEADER_INPUT_ID = "site-search";

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

const isVisible = (input: HTMLInputElement | null): input is HTMLInputElement =>
  input !== null && input.getClientRects().length > 0;

/** The search page's own box wins over the header's; a hidden header box (narrow screens) does not count. */
const visibleSearchInput = (): HTMLInputElement | undefined =>
  [
    document.querySelector<HTMLInputElement>("[data-search-input]"),
    document.querySelector<HTMLInputElement>(`input#${HEADER_INPUT_ID}`),
  ].find(isVisible);

export const isSearchShortcut = (event: KeyboardEvent): boolean =>
  (event.key === "k" && (event.ctrlKey || event.metaKey) && !event.altKey) ||
  (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));

function announceShortcuts(input: HTMLInputElement | null): void {
  if (!input) return;
  input.setAttribute("aria-keyshortcuts", "/ Control+K Meta+K");
  const hint = document.createElement("kbd");
  hint.setAttribute("aria-hidden", "true");
  hint.textContent = "/";
  input.after(hint);
}

export const installSearchShortcuts = (searchPageUrl: string): void => {
  announceShortcuts(document.querySelector<HTMLInputElement>(`input#${HEADER_INPUT_ID}`));
  document.addEventListener("keydown", (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    const input = visibleSearchInput();
    if (input) {
      input.focus();
      input.select();
    } else {
      location.href = searchPageUrl;
    }
  });
};
