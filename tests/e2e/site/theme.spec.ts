/**
 * The theme choice: follows the system by default; light or dark persists across pages and reloads; "System" goes
 * back to following the operating system.
 */
import { expect, test } from "../support/fixtures";

test.use({ colorScheme: "light" });

const DARK_BACKGROUND = "rgb(17, 19, 21)";

test("choosing dark persists across navigation and reload, and System follows the system again", async ({ page }) => {
  test.slow();
  await page.goto("./");
  const html = page.locator("html");
  const theme = page.getByRole("combobox", { name: "Theme" });
  await expect(theme).toHaveValue("system");

  await theme.selectOption("Dark");
  await expect(html).toHaveAttribute("data-theme", "dark");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await expect(page).toHaveURL(/topics\/$/);
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");

  await page.getByRole("combobox", { name: "Theme" }).selectOption("Light");
  await expect(html).toHaveAttribute("data-theme", "light");

  await page.getByRole("combobox", { name: "Theme" }).selectOption("System");
  await expect(html).not.toHaveAttribute("data-theme");
  expect(await page.evaluate(() => localStorage.getItem("lectern-theme"))).toBeNull();
  // Following the system means following its changes, without a reload.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
    .toBe(DARK_BACKGROUND);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
});

test("the page background really changes with the theme", async ({ page }) => {
  await page.goto("./");
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole("combobox", { name: "Theme" }).selectOption("Dark");
  expect(await background()).not.toBe(light);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false, colorScheme: "dark" });

  test("the system theme applies and no dead control shows", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("combobox", { name: "Theme" })).toBeHidden();
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe(DARK_BACKGROUND);
  });
});
