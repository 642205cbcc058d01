/**
 * What a build prints and leaves behind: a short log (warnings, errors and one route summary unless
 * LECTERN_VERBOSE=1), one clear line when SITE_URL is missing, and a `dist/` that a failed build never empties.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import buildLog from "../../scripts/astro/build-log";
import siteUrl from "../../scripts/astro/site-url";
import { publishSite } from "../../scripts/lib/publish-site";

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "lectern-build-output-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

type Destination = AstroIntegrationLogger["options"]["destination"];
type LogEvent = Parameters<Destination["write"]>[0];

/** A logger shaped like Astro's: integrations share its options, and so its destination. */
function fakeLogger(): { logger: AstroIntegrationLogger; written: LogEvent[] } {
  const written: LogEvent[] = [];
  const options = { level: "info", destination: { write: (event: LogEvent) => written.push(event) } };
  const logger = {
    options,
    warn: (message: string) => {
      options.destination.write({ label: "lectern:site-url", level: "warn", message, newLine: true });
    },
  } as unknown as AstroIntegrationLogger;
  return { logger, written };
}

async function runHook(integration: AstroIntegration, hook: "astro:config:setup" | "astro:build:done", args: object) {
  const run = integration.hooks[hook] as ((params: object) => unknown) | undefined;
  await run?.(args);
}

const event = (label: string | null, message: string, level: LogEvent["level"] = "info"): LogEvent => ({
  label,
  level,
  message,
  newLine: true,
});

describe("the build log", () => {
  it("passes warnings and errors, drops the rest, and ends with routes rendered and reused", async () => {
    const { logger, written } = fakeLogger();
    const integration = buildLog();
    await runHook(integration, "astro:config:setup", { command: "build", logger });
    const destination = logger.options.destination;
    for (const line of [
      event(null, "  ├─ /papers/a/index.html"),
      event("SKIP_FORMAT", " (+3ms)"),
      event(null, "  ├─ /papers/b/index.html"),
      event("SKIP_FORMAT", " (restored)"),
      event(null, "  └─ /feed.xml"),
      event("SKIP_FORMAT", " (cached)"),
      event("build", "Building static entrypoints..."),
      event("content", "stale entry", "warn"),
      event("build", "it broke", "error"),
    ])
      destination.write(line);
    await runHook(integration, "astro:build:done", {});
    expect(written.map((line) => line.message)).toEqual([
      "stale entry",
      "it broke",
      "3 pages and files: 1 rendered, 2 reused from the previous build",
    ]);
  });

  it("passes everything with LECTERN_VERBOSE=1", async () => {
    vi.stubEnv("LECTERN_VERBOSE", "1");
    const { logger, written } = fakeLogger();
    await runHook(buildLog(), "astro:config:setup", { command: "build", logger });
    logger.options.destination.write(event(null, "  ├─ /papers/a/index.html"));
    expect(written).toHaveLength(1);
  });

  it("leaves astro dev alone", async () => {
    const { logger } = fakeLogger();
    const destination = logger.options.destination;
    await runHook(buildLog(), "astro:config:setup", { command: "dev", logger });
    expect(logger.options.destination).toBe(destination);
  });
});

describe("a build without SITE_URL", () => {
  const setup = async (env: string | undefined): Promise<string[]> => {
    vi.stubEnv("SITE_URL", env);
    const { logger, written } = fakeLogger();
    await runHook(siteUrl(), "astro:config:setup", {
      command: "build",
      logger,
      config: { site: "http://localhost:4321" },
    });
    return written.map((line) => `${line.level}: ${line.message}`);
  };

  it("warns in one line naming what points at localhost", async () => {
    expect(await setup(undefined)).toEqual([
      "warn: SITE_URL is not set: feeds, canonical links, papers.json and BibTeX point at http://localhost:4321; set SITE_URL (e.g. https://you.github.io) when building for a deploy",
    ]);
  });

  it("says nothing when SITE_URL is set", async () => {
    expect(await setup("https://you.github.io")).toEqual([]);
  });
});

describe("publishing a build", () => {
  const site = (folder: string, marker: string): void => {
    mkdirSync(path.join(folder, "pagefind"), { recursive: true });
    writeFileSync(path.join(folder, "index.html"), marker);
    writeFileSync(path.join(folder, "pagefind", "pagefind-entry.json"), "{}");
  };
  const finishBuild = (...args: string[]) =>
    spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/finish-build.ts"), ...args], {
      cwd: work,
      encoding: "utf8",
    });

  it("swaps the finished site in for the previous one", () => {
    const published = path.join(work, "dist-swap");
    site(published, "old");
    writeFileSync(path.join(published, "gone.html"), "a page the new build no longer has");
    const built = path.join(work, "staging-swap");
    site(built, "new");
    publishSite(built, published);
    expect(readFileSync(path.join(published, "index.html"), "utf8")).toBe("new");
    expect(existsSync(path.join(published, "gone.html"))).toBe(false);
    expect(existsSync(built)).toBe(false);
    expect(existsSync(`${published}.previous`)).toBe(false);
  });

  it("keeps the previous site when the build failed, and says where the new one went when it did not", () => {
    const published = path.join(work, "dist");
    site(published, "previous site");
    const staging = path.join(work, ".dist-staging");
    mkdirSync(staging, { recursive: true });
    const failed = finishBuild("--site", staging, "--publish", published);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("holds no built site");
    expect(readFileSync(path.join(published, "index.html"), "utf8")).toBe("previous site");

    site(staging, "new site");
    const done = finishBuild("--site", staging, "--publish", published);
    expect(done.status, done.stderr).toBe(0);
    expect(readFileSync(path.join(published, "index.html"), "utf8")).toBe("new site");
    expect(done.stdout.trim().split("\n").at(-1)).toMatch(
      /^site ready in dist\/: [\d.]+ MB, search index [\d.]+ MB in pagefind\/$/,
    );
  });
});
