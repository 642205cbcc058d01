/** Checks the test harness itself: builds are served under their base, and a private server really stops. */
import { expect, test } from "./support/fixtures";

test("the built site is served under its base", async ({ page, site }) => {
  const response = await page.goto("./");
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(site.basePath);
});

test("unknown paths answer 404", async ({ page }) => {
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
});

test("a private server can be stopped for real", async ({ page, privateServer }) => {
  await page.goto(privateServer.url);
  await privateServer.stop();
  await expect(page.goto(privateServer.url)).rejects.toThrow();
});
