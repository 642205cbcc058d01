/**
 * `scripts/search-index.ts`, the child process the build starts: one Pagefind bundle per shard from the records,
 * unchanged shards reused, or a clear failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serializeRecords } from "../../scripts/search-index/records-file";
import { SEARCH_INDEX_FILE, SEARCH_RECORDS_FILE } from "../../src/lib/project-files";
import { planShards, type ShardInput } from "../../src/lib/search/shards";
import { searchRecord, type SearchRecord } from "../../src/lib/search/search-record";
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

const shardId = (index: number): string => index.toString(16).padStart(12, "0");

/** A papers folder holding `records` and a manifest with one shard per group of `sizes` (ids given by the test). */
function papersFolder(name: string, records: string, shards: { id: string; papers: number }[]): string {
  const folder = path.join(work, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, SEARCH_RECORDS_FILE), records);
  const papers = shards.reduce((sum, shard) => sum + shard.papers, 0);
  const manifest = { version: 1, indexVersion: shardId(99), papers, shards };
  writeFileSync(path.join(folder, SEARCH_INDEX_FILE), JSON.stringify(manifest));
  return folder;
}

function indexFolder(papers: string, out: string, store = path.join(out, "..", `${path.basename(out)}-store`)) {
  const args = ["--import", "tsx", "scripts/search-index.ts", "--papers", papers, "--store", store, "--out", out];
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
}

describe("search index child process", () => {
  it("writes one Pagefind bundle per shard with one fragment per record, without Pagefind's UI", () => {
    const records = serializeRecords([
      searchRecord(paper, ["Mixture of experts"]),
      searchRecord({ ...paper, id: "fedcba9876543210", slug: "other" }, []),
      searchRecord({ ...paper, id: "00000000000000aa", slug: "third" }, []),
    ]);
    const shards = [
      { id: shardId(1), papers: 2 },
      { id: shardId(2), papers: 1 },
    ];
    const out = path.join(work, "good-out");
    const result = indexFolder(papersFolder("good", records, shards), out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("indexed 3 papers in 2 shards (2 written, 0 unchanged)");
    expect(readdirSync(out).sort()).toEqual([shardId(1), shardId(2)]);
    expect(existsSync(path.join(out, shardId(1), "pagefind.js"))).toBe(true);
    expect(existsSync(path.join(out, shardId(1), "pagefind-ui.js"))).toBe(false);
    // The search page runs Pagefind on the main thread, so no shard ships its worker.
    expect(existsSync(path.join(out, shardId(1), "pagefind-worker.js"))).toBe(false);
    expect(readdirSync(path.join(out, shardId(1), "fragment"))).toHaveLength(2);
    expect(readdirSync(path.join(out, shardId(2), "fragment"))).toHaveLength(1);
  });

  it("re-indexes only the shards whose id changed and drops shards no longer listed", () => {
    const first = serializeRecords([searchRecord(paper, [])]);
    const second = serializeRecords([searchRecord({ ...paper, id: "fedcba9876543210", slug: "other" }, [])]);
    const out = path.join(work, "reuse-out");
    const store = path.join(work, "reuse-store");
    const before = papersFolder("reuse-1", first + second, [
      { id: shardId(1), papers: 1 },
      { id: shardId(2), papers: 1 },
    ]);
    expect(indexFolder(before, out, store).status).toBe(0);
    const kept = statSync(path.join(store, shardId(1), "pagefind-entry.json")).mtimeMs;
    const after = papersFolder("reuse-2", first + second, [
      { id: shardId(1), papers: 1 },
      { id: shardId(3), papers: 1 },
    ]);
    const result = indexFolder(after, out, store);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("(1 written, 1 unchanged)");
    expect(statSync(path.join(store, shardId(1), "pagefind-entry.json")).mtimeMs).toBe(kept);
    expect(readdirSync(store).sort()).toEqual([shardId(1), shardId(3)]);
    expect(readdirSync(out).sort()).toEqual([shardId(1), shardId(3)]);
  });

  it("fails naming the file and line of a record it cannot read", () => {
    const records = `${serializeRecords([searchRecord(paper, [])])}{"url": 3}\n`;
    const result = indexFolder(
      papersFolder("bad", records, [{ id: shardId(1), papers: 2 }]),
      path.join(work, "bad-out"),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${SEARCH_RECORDS_FILE}:2: not a search record`);
  });

  it("fails when there is nothing to index", () => {
    const result = indexFolder(papersFolder("empty", "", []), path.join(work, "empty-out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no papers to index");
  });
});

describe("search shards", () => {
  const placed = (slug: string, digests: string[]): ShardInput => ({
    record: searchRecord({ ...paper, slug }, []),
    digests,
  });
  const inputs = ["b", "a", "c", "a", "b", "d"].map((digest, index) => placed(`paper-${index}`, [digest]));
  const urls = (shards: SearchRecord[][]): string[][] => shards.map((shard) => shard.map((record) => record.url));

  it("groups papers by the digest that first listed them, oldest first, closing shards at digest boundaries", () => {
    expect(urls(planShards(inputs, 2))).toEqual([
      ["/papers/paper-1/", "/papers/paper-3/"],
      ["/papers/paper-0/", "/papers/paper-4/"],
      ["/papers/paper-2/", "/papers/paper-5/"],
    ]);
  });

  it("puts a paper listed by several digests in the shard of its first, and a new digest in the last shard", () => {
    const [first, ...rest] = inputs;
    if (!first) throw new Error("no records");
    const shards = planShards([{ ...first, digests: ["d", "a"] }, ...rest], 3);
    expect(shards[0]?.map((record) => record.url)).toContain("/papers/paper-0/");
    const grown = planShards([...inputs, placed("new", ["e"])], 3);
    expect(grown.slice(0, -1)).toEqual(planShards(inputs, 3).slice(0, -1));
    expect(grown.at(-1)?.map((record) => record.url)).toContain("/papers/new/");
  });

  it("orders digests by their file ids, not by the dated labels the records show", () => {
    // The digest filter reads "Digest of Apr 3, 2025"; in label order a digest added last could land anywhere.
    const labels = new Map([
      ["00001_x", "Digest of Dec 9, 2024"],
      ["00002_x", "Digest of Apr 3, 2025"],
    ]);
    const dated = (slug: string, digest: string): ShardInput => ({
      record: searchRecord({ ...paper, slug, appearances: [{ digest, position: 1, line: 1 }] }, [], labels),
      digests: [digest],
    });
    const shards = planShards([dated("old", "00001_x"), dated("new", "00002_x")], 1);
    expect(urls(shards)).toEqual([["/papers/old/"], ["/papers/new/"]]);
  });
});
