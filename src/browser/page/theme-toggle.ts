/**
 * The theme choice in the header: system, light or dark. It is built here rather than shipped in every page's
 * HTML, so readers without JavaScript never see a dead control and no page pays its bytes. A light or dark choice
 * is stored where the no-flash line in <head> reads it on the next page; "system" removes it, so the page follows
 * the operating system again, live.
 */

const STORAGE_KEY = "lectern-theme";

type ThemeChoice = "system" | "light" | "dark";

const CHOICES: readonly [ThemeChoice, string][] = [
  ["system", "System"],
  ["light", "Light"],
  ["dark", "Dark"],
];

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

/** A native select (keyboard and screen readers get it for free) named "Theme" by its label. */
function themeControl(): { control: HTMLLabelElement; select: HTMLSelectElement } {
  const control = document.createElement("label");
  control.className = "theme-choice";
  const name = document.createElement("span");
  name.className = "sr-only";
  name.textContent = "Theme";
  const select = document.createElement("select");
  for (const [value, label] of CHOICES) select.append(new Option(label, value));
  control.append(name, select);
  return { control, select };
}

/** Adds the theme choice at the end of the header's tools. */
export const installThemeToggle = (tools: Element | null): void => {
  if (!tools) return;
  const { control, select } = themeControl();
  const root = document.documentElement;
  select.value = isExplicit(root.dataset["theme"]) ? root.dataset["theme"] : storedChoice();
  select.addEventListener("change", () => {
    const choice: ThemeChoice = isExplicit(select.value) ? select.value : "system";
    if (choice === "system") delete root.dataset["theme"];
    else root.dataset["theme"] = choice;
    store(choice);
  });
  tools.append(control);
};
