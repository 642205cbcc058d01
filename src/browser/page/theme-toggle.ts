/**
 * The light/dark switch in the header. It stays hidden until this runs, so readers without JavaScript never see a
 * dead button; the choice is stored where the no-flash line in <head> reads it on the next page.
 */

const STORAGE_KEY = "lectern-theme";

export const installThemeToggle = (button: HTMLButtonElement | null): void => {
  if (!button) return;
  const root = document.documentElement;
  const systemDark = matchMedia("(prefers-color-scheme: dark)");
  const isDark = (): boolean => (root.dataset["theme"] ?? (systemDark.matches ? "dark" : "light")) === "dark";
  const sync = (): void => {
    button.setAttribute("aria-pressed", String(isDark()));
  };
  button.addEventListener("click", () => {
    const next = isDark() ? "light" : "dark";
    root.dataset["theme"] = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be blocked (private modes, policies): the choice then lasts for this page only.
    }
    sync();
  });
  systemDark.addEventListener("change", sync);
  sync();
  button.hidden = false;
};
