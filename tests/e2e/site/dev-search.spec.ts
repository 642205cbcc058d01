/**
 * Search in `astro dev`: the dev server builds and serves the Pagefind index from the ingested corpus, and builds
 * it again when a digest is added while it runs, at the domain root and under a base path alike.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { readCorpus, type CorpusPaper } from "../support/corpus";
import { expect, test } from "../support/fixtures";
import { resultLinks, searchInput } from "../support/search-page";
import { findFreePort } from "../support/sites";
import { createScratchProject, projectRoot, run } from "./scratch-project";

const bundledDigests = join(projectRoot, "content", "digests");

interface DevServer {
  process: ChildProcess;
  /** Everything it printed, for the failure message. */
  log: () => string;
}

/** `astro dev` in its own process group, so stopping it also stops whatever it started. */
function startDevServer(workDir: string, port: number, env: NodeJS.ProcessEnv): DevServer {
  const child = spawn("npx", ["astro", "dev", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: workDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, log: () => output };
}

async function waitUntilServing(url: string, server: DevServer, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await fetch(url).catch(() => undefined))?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`the dev server did not serve ${url} within ${timeoutMs} ms:\n${server.log()}`);
}

/** The first result for a query, once the page has answered; the dev server compiles the page on first use. */
async function firstResultFor(page: Page, searchUrl: string, query: string): Promise<string | null> {
  await page.goto(searchUrl);
  await expect(page.locator("[data-search-root]")).toHaveAttribute("aria-busy", "false", { timeout: 90_000 });
  await searchInput(page).fill(query);
  await expect(page.getByRole("status").filter({ hasText: "for “" })).toBeVisible();
  return resultLinks(page).first().textContent();
}

/** A paper listed in this digest and no other. */
const onlyIn = (papers: CorpusPaper[], digest: string): CorpusPaper | undefined =>
  papers.find((paper) => paper.appearances.every((appearance) => appearance.digest === digest));

test("search works in the dev server and finds a digest added while it runs", async ({ page, site }) => {
  // An ingest, a cold dev server and two index builds in a throwaway project: minutes on a busy machine.
  test.setTimeout(600_000);
  const [first, second] = (await readdir(bundledDigests)).filter((name) => name.endsWith(".txt")).sort();
  if (first === undefined || second === undefined) throw new Error("the project bundles fewer than two digests");
  const { papers } = readCorpus(site);
  const early = onlyIn(papers, first.replace(/\.txt$/, ""));
  const late = onlyIn(papers, second.replace(/\.txt$/, ""));
  if (!early || !late) throw new Error("each of the first two digests needs a paper of its own");

  // Outside the project: a dev server inside its git-ignored test-results/ took minutes to compile the stylesheet
  // (Tailwind's source scan), where the same copy in the system's temporary folder took seconds.
  const workDir = await createScratchProject("lectern-dev-search", tmpdir());
  const env = { BASE_PATH: site.basePath, ASTRO_CACHE_DIR: join(workDir, "cache") };
  let server: DevServer | undefined;
  try {
    await cp(join(bundledDigests, first), join(workDir, "content", "digests", first));
    await run("npx", ["tsx", "scripts/ingest.ts", "--quiet"], workDir);
    const port = await findFreePort();
    server = startDevServer(workDir, port, env);
    const searchUrl = `http://127.0.0.1:${port}${site.basePath}search/`;
    await waitUntilServing(searchUrl, server);

    expect(await firstResultFor(page, searchUrl, early.title)).toBe(early.title);
    await expect(page.getByText("Search could not start")).toHaveCount(0);

    await cp(join(bundledDigests, second), join(workDir, "content", "digests", second));
    await expect
      .poll(() => firstResultFor(page, searchUrl, late.title), { timeout: 120_000, intervals: [2_000] })
      .toBe(late.title);
  } finally {
    if (server?.process.pid !== undefined) process.kill(-server.process.pid, "SIGTERM");
    await rm(workDir, { recursive: true, force: true });
  }
});
