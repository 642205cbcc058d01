/** `scripts/search-index.ts`, the child process the build starts: a Pagefind bundle from pages, or a clear failure. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderPage } from "../../scripts/ingest/mdx";
import type { Paper } from "../../src/schema/paper";

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "lectern-search-index-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const paper: Paper = {
  id: "0123456789abcdef",
  slug: "sparse-mixtures",
  title: "Sparse Mixtures of Experts",
  abstract: "We route tokens to a few experts.",
  links: [],
  inferred: [],
  appearances: [{ digest: "001_a", position: 1, line: 1 }],
};

function indexFolder(papers: string, out: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/search-index.ts", "--papers", papers, "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

describe("search index child process", () => {
  it("writes a Pagefind bundle with one fragment per paper page", () => {
    const papers = path.join(work, "good");
    mkdirSync(papers);
    writeFileSync(path.join(papers, `${paper.slug}.mdx`), renderPage(paper, [paper.abstract]));
    writeFileSync(
      path.join(papers, "other.mdx"),
      renderPage({ ...paper, id: "fedcba9876543210", slug: "other" }, [paper.abstract]),
    );
    const out = path.join(work, "good-out");
    const result = indexFolder(papers, out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("indexed 2 paper pages");
    expect(existsSync(path.join(out, "pagefind.js"))).toBe(true);
    expect(readdirSync(path.join(out, "fragment"))).toHaveLength(2);
  });

  it("fails naming the page whose frontmatter is invalid", () => {
    const papers = path.join(work, "bad");
    mkdirSync(papers);
    writeFileSync(path.join(papers, "broken.mdx"), "---\nid: nope\n---\n\nText\n");
    const result = indexFolder(papers, path.join(work, "bad-out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("broken.mdx: invalid frontmatter");
  });

  it("fails when there is nothing to index", () => {
    const papers = path.join(work, "empty");
    mkdirSync(papers);
    const result = indexFolder(papers, path.join(work, "empty-out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no paper pages to index");
  });
});
