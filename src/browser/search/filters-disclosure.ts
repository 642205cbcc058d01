/**
 * The "Filters" button of narrow screens: a disclosure that shows or hides the filter column above the results.
 * From `lg` up the button is hidden by CSS and the column always shows, whatever the button's state.
 */

/** The class that hides the filters below `lg`; the markup starts with it, collapsed. */
const COLLAPSED = "max-lg:hidden";

export const installFiltersDisclosure = (toggle: HTMLButtonElement, panel: HTMLElement): void => {
  toggle.addEventListener("click", () => {
    const expanded = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(expanded));
    panel.classList.toggle(COLLAPSED, !expanded);
  });
};
