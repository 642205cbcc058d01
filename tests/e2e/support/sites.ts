/**
 * The two builds every end-to-end test runs against: the site at the domain root and under a GitHub Pages
 * sub-path. Shared by the Playwright config, the global setup and the fixtures so they agree on folders.
 */
import { createServer } from "node:net";
import { resolve } from "node:path";

export interface SiteVariant {
  /** Playwright project name. */
  name: "root" | "base";
  /** Astro `base` the site is built with (`BASE_PATH`). */
  basePath: "/" | "/lectern/";
  /** Built site folder. */
  outDir: string;
  /** Astro cache folder, separate per variant so the two builds can run in parallel. */
  cacheDir: string;
  /** Environment variable holding the port the shared server listens on (inherited by workers). */
  portEnv: string;
}

/**
 * Other engineers may run the suite at the same time: LECTERN_E2E_DIR gives each run its own build folders.
 * Keep it inside the project: for an outDir outside the working directory Astro stages its server build in the
 * shared `<cwd>/.astro/`, where parallel builds overwrite each other.
 */
export const e2eDir = resolve(process.env["LECTERN_E2E_DIR"] ?? "test-results");

export const siteVariants: readonly SiteVariant[] = [
  {
    name: "root",
    basePath: "/",
    outDir: resolve(e2eDir, "site-root"),
    cacheDir: resolve(e2eDir, "cache-root"),
    portEnv: "LECTERN_E2E_PORT_ROOT",
  },
  {
    name: "base",
    basePath: "/lectern/",
    outDir: resolve(e2eDir, "site-base"),
    cacheDir: resolve(e2eDir, "cache-base"),
    portEnv: "LECTERN_E2E_PORT_BASE",
  },
];

/** Asks the OS for a port nobody listens on; the config stores it in the environment so workers agree on it. */
export const findFreePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => {
        resolvePort(port);
      });
    });
  });

export const portOf = (site: SiteVariant): number => {
  const port = Number(process.env[site.portEnv]);
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(`${site.portEnv} is not set; run through playwright.config.ts`);
  return port;
};

export const siteUrl = (site: SiteVariant): string => `http://127.0.0.1:${portOf(site)}${site.basePath}`;
