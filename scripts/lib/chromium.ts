/**
 * Chromium for tests and benchmarks: Playwright's own build when it is installed, else Debian's /usr/bin/chromium
 * (Playwright cannot download browsers on our machines or in CI).
 */
import { existsSync } from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";

const systemChromium = "/usr/bin/chromium";

/** Flags that keep a system Chromium quiet and runnable as root in a container. */
const systemChromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const bundledChromium = (): string | undefined => {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
};

export const chromiumLaunchOptions = (): LaunchOptions =>
  bundledChromium() !== undefined ? {} : { executablePath: systemChromium, args: systemChromiumArgs };
