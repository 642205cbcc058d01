/**
 * The `test` every end-to-end spec imports: Playwright's, plus the site variant of the current project and a
 * private server a test may stop (the shared servers of the global setup must stay up for other tests). Its `page`
 * fails the test when anything on it breaks the Content-Security-Policy, so every spec also proves that the
 * feature it drives works under the policy; a test that provokes violations on purpose opens its own page.
 */
import { test as base, expect } from "@playwright/test";
import { siteVariants, type SiteVariant } from "./sites";
import { startStaticServer, type StaticServer } from "./static-server";

export interface SiteOptions {
  /** Which build this project runs against; set per project in playwright.config.ts. */
  site: SiteVariant;
}

export interface SiteFixtures {
  /** A fresh server for this project's build on its own port, stopped after the test (or earlier by the test). */
  privateServer: StaticServer;
}

const defaultSite = siteVariants[0] as SiteVariant;

/** Chromium reports every refused script, style, image, worker or form as a console error naming the policy. */
export const isCspViolation = (text: string): boolean => /Content[- ]Security[- ]Policy/i.test(text);

export const test = base.extend<SiteFixtures, SiteOptions>({
  site: [defaultSite, { option: true, scope: "worker" }],
  page: async ({ page }, use) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && isCspViolation(message.text())) violations.push(message.text());
    });
    await use(page);
    expect(violations, "nothing on the page broke its Content-Security-Policy").toEqual([]);
  },
  privateServer: async ({ site }, use) => {
    const server = await startStaticServer({
      root: site.outDir,
      base: site.basePath,
    });
    // Stopping is idempotent: the test may stop the server itself, and teardown stops it in any case.
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => (stopping ??= server.stop());
    await use({ url: server.url, port: server.port, stop });
    await stop();
  },
});

export { expect };
