/** The theme toggle: follows the system by default, and a reader's choice persists across pages and reloads. */
import { expect, test } from "../support/fixtures";

test.use({ colorScheme: "light" });

test("choosing dark persists across navigation and reload", async ({ page }) => {
  test.slow();
  await page.goto("./");
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");

  await toggle.click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await expect(page).toHaveURL(/topics\/$/);
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");

  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
});

test("the page background really changes with the theme", async ({ page }) => {
  await page.goto("./");
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole("button", { name: "Dark theme" }).click();
  expect(await background()).not.toBe(light);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false, colorScheme: "dark" });

  test("the system theme applies and no dead toggle shows", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Dark theme" })).toBeHidden();
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe("rgb(17, 19, 21)");
  });
});
