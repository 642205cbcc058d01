/**
 * The theme choice in the header: system, light or dark. It stays hidden until this runs, so readers without
 * JavaScript never see a dead control. A light or dark choice is stored where the no-flash line in <head> reads it
 * on the next page; "system" removes it, so the page follows the operating system again, live.
 */

const STORAGE_KEY = "lectern-theme";

type ThemeChoice = "system" | "light" | "dark";

const isExplicit = (value: string | null | undefined): value is "light" | "dark" =>
  value === "light" || value === "dark";

function storedChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isExplicit(stored) ? stored : "system";
  } catch {
    return "system";
  }
}

function store(choice: ThemeChoice): void {
  try {
    if (choice === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be blocked (private modes, policies): the choice then lasts for this page only.
  }
}

export const installThemeToggle = (control: HTMLElement | null): void => {
  const select = control?.querySelector("select");
  if (!control || !select) return;
  const root = document.documentElement;
  select.value = isExplicit(root.dataset["theme"]) ? root.dataset["theme"] : storedChoice();
  select.addEventListener("change", () => {
    const choice: ThemeChoice = isExplicit(select.value) ? select.value : "system";
    if (choice === "system") delete root.dataset["theme"];
    else root.dataset["theme"] = choice;
    store(choice);
  });
  control.hidden = false;
};
