/** `scripts/search-index.ts`, the child process the build starts: a Pagefind bundle from records, or a clear failure. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serializeRecords } from "../../scripts/search-index/records-file";
import { SEARCH_RECORDS_FILE } from "../../src/lib/project-files";
import { searchRecord } from "../../src/lib/search/search-record";
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

function papersFolder(name: string, records: string): string {
  const folder = path.join(work, name);
  mkdirSync(folder);
  writeFileSync(path.join(folder, SEARCH_RECORDS_FILE), records);
  return folder;
}

function indexFolder(papers: string, out: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/search-index.ts", "--papers", papers, "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

describe("search index child process", () => {
  it("writes a Pagefind bundle with one fragment per record", () => {
    const records = serializeRecords([
      searchRecord(paper, ["Mixture of experts"]),
      searchRecord({ ...paper, id: "fedcba9876543210", slug: "other" }, []),
    ]);
    const out = path.join(work, "good-out");
    const result = indexFolder(papersFolder("good", records), out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("indexed 2 papers");
    expect(existsSync(path.join(out, "pagefind.js"))).toBe(true);
    expect(readdirSync(path.join(out, "fragment"))).toHaveLength(2);
  });

  it("fails naming the file and line of a record it cannot read", () => {
    const records = `${serializeRecords([searchRecord(paper, [])])}{"url": 3}\n`;
    const result = indexFolder(papersFolder("bad", records), path.join(work, "bad-out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${SEARCH_RECORDS_FILE}:2: not a search record`);
  });

  it("fails when there is nothing to index", () => {
    const result = indexFolder(papersFolder("empty", ""), path.join(work, "empty-out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no papers to index");
  });
});
