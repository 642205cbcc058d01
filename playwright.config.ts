/**
 * End-to-end tests against the built site, once at the domain root and once under `/lectern/` like GitHub Pages.
 * The global setup builds both; ports are reserved here and kept in the environment so workers agree on them.
 */
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/e2e/support/browser";
import type { SiteOptions } from "./tests/e2e/support/fixtures";
import { e2eDir, findFreePort, siteUrl, siteVariants } from "./tests/e2e/support/sites";

for (const site of siteVariants) {
  process.env[site.portEnv] ??= String(await findFreePort());
}

export default defineConfig<SiteOptions>({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  // Per-run folder too: Playwright empties its outputDir at start, which would break a parallel run.
  outputDir: `${e2eDir}/playwright`,
  globalSetup: "./tests/e2e/global-setup.ts",
  // Building both sites dominates the run; two workers keep the browser side short without starving the machine.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env["CI"]),
  retries: process.env["CI"] ? 1 : 0,
  // Generous limits: on a busy 2-core CI host a cold Chromium or an axe pass can take tens of seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env["CI"] ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
  },
  projects: siteVariants.map((site) => ({
    name: site.name,
    use: { site, baseURL: siteUrl(site) },
  })),
});
