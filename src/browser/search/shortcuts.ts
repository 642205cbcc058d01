/**
 * `/` and Ctrl/Cmd+K focus search from any page: the search page's own box when present, else the header box
 * when it is visible, else (narrow screens hide it) the search page is opened.
 */

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

const isVisible = (input: HTMLInputElement | null): input is HTMLInputElement =>
  input !== null && input.getClientRects().length > 0;

/** The search page's own box wins over the header's; a hidden header box (narrow screens) does not count. */
const visibleSearchInput = (): HTMLInputElement | undefined =>
  [
    document.querySelector<HTMLInputElement>("[data-search-input]"),
    document.querySelector<HTMLInputElement>("[data-header-search-input]"),
  ].find(isVisible);

export const isSearchShortcut = (event: KeyboardEvent): boolean =>
  (event.key === "k" && (event.ctrlKey || event.metaKey) && !event.altKey) ||
  (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));

export const installSearchShortcuts = (searchPageUrl: string): void => {
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
