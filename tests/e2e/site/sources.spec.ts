/**
 * A site built from real Hugging Face and arXiv samples: paper pages name their authors (the first eight, the rest
 * behind a native disclosure), link straight to arXiv, the PDF, Hugging Face, the code and the project page, keep
 * what a model wrote apart and labelled, cite with the eprint fields; the home page's newest digest is the JSON day;
 * search finds papers by an author's name and filters them by arXiv category. Its project has no notes, as a new
 * user's has not, and its build warns of nothing but the missing SITE_URL.
 */
import AxeBuilder from "@axe-core/playwright";
import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import { expect, test } from "../support/fixtures";
import { filterGroup, resultLinks, searchInput, waitForSearchReady } from "../support/search-page";
import { startStaticServer, type StaticServer } from "../support/static-server";
import { readPapersJson } from "./built-site";
import { buildSourcesSite } from "./sources-site";

type Papers = Awaited<ReturnType<typeof readPapersJson>>["papers"];

test.describe("a site built from Hugging Face and arXiv sources", () => {
  test.describe.configure({ mode: "serial" });

  let server: StaticServer | undefined;
  let outDir = "";
  let buildLog = "";
  let papers: Papers = [];

  test.beforeAll(async ({ site }) => {
    // A whole ingest and build of a throwaway project: minutes on a busy machine, not the default 30 s.
    test.setTimeout(300_000);
    ({ outDir, buildLog } = await buildSourcesSite(site.basePath));
    papers = (await readPapersJson(outDir)).papers;
    server = await startStaticServer({ root: outDir, base: site.basePath });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (outDir) await rm(dirname(outDir), { recursive: true, force: true });
  });

  const url = (path: string): string => {
    if (!server) throw new Error("the sources site was not served");
    return `${server.url}${path}`;
  };

  test("a project without notes builds without a warning (but for a missing SITE_URL)", () => {
    const warnings = buildLog.split("\n").filter((line) => line.includes("[WARN]"));
    expect(warnings.filter((line) => !line.includes("SITE_URL is not set"))).toEqual([]);
  });

  test("a paper page shows eight authors and the rest behind 'and N more'", async ({ page }) => {
    const paper = papers.find((candidate) => (candidate.authors?.length ?? 0) > 8);
    const authors = paper?.authors ?? [];
    expect(authors.length, "a sample paper has more than eight authors").toBeGreaterThan(8);
    await page.goto(url(`papers/${paper?.slug ?? ""}/`));
    const header = page.getByRole("article").locator("header");
    await expect(header).toContainText(authors.slice(0, 8).join(", "));
    const more = header.getByRole("group");
    const summary = more.locator("summary");
    await expect(summary).toHaveText(`and ${String(authors.length - 8)} more authors`);
    const hidden = header.getByText(authors.slice(8).join(", "), { exact: true });
    await expect(hidden).toBeHidden();
    // Keyboard first: the disclosure is native, so it opens with Enter and without any script of ours.
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(hidden).toBeVisible();
    await expect(more).toHaveAttribute("open", "");
  });

  test("a paper page links straight to arXiv, the PDF, Hugging Face, the code and the project page", async ({
    page,
  }) => {
    const paper = papers.find((candidate) => candidate.arxivId && candidate.githubRepo && candidate.projectPage);
    if (!paper?.arxivId || !paper.githubRepo || !paper.projectPage) throw new Error("no sample paper has all links");
    await page.goto(url(`papers/${paper.slug}/`));
    const abstract = page.getByRole("region", { name: "Abstract" });
    const expected: [RegExp, string][] = [
      [/^arXiv/, `https://arxiv.org/abs/${paper.arxivId}`],
      [/^PDF/, `https://arxiv.org/pdf/${paper.arxivId}`],
      [/^Hugging Face/, `https://huggingface.co/papers/${paper.arxivId}`],
      [/^Code/, new URL(paper.githubRepo).href],
      [/^Project page/, new URL(paper.projectPage).href],
    ];
    for (const [name, href] of expected) {
      const link = abstract.getByRole("link", { name }).first();
      await expect(link).toHaveAttribute("href", href);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    }
    if (paper.githubStars !== undefined) {
      await expect(abstract.getByRole("link", { name: /^Code/ }).first()).toContainText(/\d(?:\.\d)?K? stars?/);
    }
    // The project page gets one button, though the abstract names it too.
    const buttons = abstract.locator(".paper-links");
    await expect(buttons.locator(`a[href^="${paper.projectPage.replace(/\/$/, "")}"]`)).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "Look it up by title" })).toHaveCount(0);
    const cite = page.getByRole("region", { name: "Cite" });
    await expect(cite).toContainText(`eprint = {${paper.arxivId}}`);
    await expect(cite).toContainText("archivePrefix = {arXiv}");
  });

  test("what a model wrote is labelled and kept apart from the abstract", async ({ page }) => {
    const paper = papers.find((candidate) => candidate.aiSummary && candidate.keywords);
    if (!paper?.aiSummary || !paper.keywords) throw new Error("no sample paper has a machine-written summary");
    await page.goto(url(`papers/${paper.slug}/`));
    const machine = page.getByRole("region", { name: "AI-generated summary" });
    await expect(machine).toContainText(paper.aiSummary);
    await expect(machine.getByRole("heading", { name: "AI-generated keywords" })).toBeVisible();
    await expect(machine.getByRole("listitem")).toHaveCount(paper.keywords.length);
    await expect(page.getByRole("region", { name: "Abstract" })).not.toContainText(paper.aiSummary);
  });

  test("a paper page with every addition has no serious or critical violations, in light and dark", async ({
    page,
  }) => {
    test.slow();
    const paper = papers.find(
      (candidate) => (candidate.authors?.length ?? 0) > 8 && candidate.githubRepo && candidate.aiSummary,
    );
    await page.goto(url(`papers/${paper?.slug ?? ""}/`));
    await page.locator(".authors summary").click();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const severe = violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
      expect(severe, colorScheme).toEqual([]);
    }
  });

  test("the home page's newest digest is the Hugging Face day", async ({ page }) => {
    const { digests } = await readPapersJson(outDir);
    const day = digests.find((digest) => digest.id.startsWith("hf-"));
    if (!day) throw new Error("the Hugging Face day is not in papers.json");
    await page.goto(url(""));
    const newest = page.getByRole("region", { name: /^Newest:/ });
    await expect(newest.getByRole("heading", { level: 2 })).toHaveText("Newest: Digest of 21 Aug 2026");
    const first = papers.find((paper) => paper.slug === day.papers[0]);
    await expect(newest.getByRole("link", { name: first?.title ?? "?" })).toBeVisible();
    await expect(newest.getByRole("link", { name: `All ${String(day.papers.length)} entries` })).toBeVisible();
  });

  test("search finds a paper by an author's name and filters by arXiv category", async ({ page }) => {
    const paper = papers.find((candidate) => candidate.authors && candidate.arxivId && !candidate.categories);
    const author = paper?.authors?.at(-1) ?? "";
    await page.goto(url("search/"));
    await waitForSearchReady(page);
    await searchInput(page).fill(author);
    await expect(resultLinks(page).filter({ hasText: paper?.title ?? "?" })).toHaveCount(1);

    const categorised = papers.filter((candidate) => candidate.categories);
    const primary = categorised[0]?.categories?.[0] ?? "";
    const inPrimary = categorised.filter((candidate) => candidate.categories?.includes(primary));
    await page.goto(url("search/"));
    await waitForSearchReady(page);
    const escaped = primary.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
    await filterGroup(page, "Category")
      .getByRole("checkbox", { name: new RegExp(`^${escaped}\\s*\\d+$`) })
      .check();
    await expect(page).toHaveURL(/[?&]category=/);
    await expect(resultLinks(page)).toHaveCount(inPrimary.length);
  });
});
