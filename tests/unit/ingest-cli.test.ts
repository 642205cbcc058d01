/** The ingest CLI contract: flags, exit codes, summary, report file, and incremental writes. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../scripts/ingest/main";
import { FIXTURES } from "./support/ingest-fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "lectern-cli-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs the CLI in-process; one test below checks the real entry point once. */
async function ingest(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await main(args, {}, { log: (text) => stdout.push(text), error: (text) => stderr.push(text) });
  return { status, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

describe("npm run ingest", () => {
  it("runs as a script: prints help and exits 0", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/ingest.ts"), "--help"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--digests DIR");
  });

  it("exits 2 on a usage error from the real entry point", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/ingest.ts"), "--bogus"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
  });

  it("exits 2 with the usage on an unknown flag or a missing value", async () => {
    for (const args of [["--bogus"], ["--digests"]]) {
      const result = await ingest(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("Usage: npm run ingest");
    }
  });

  it("exits 1 when no digest can be read", async () => {
    const missing = await ingest("--digests", path.join(work, "nope"), "--out", path.join(work, "out-missing"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("cannot read the digests folder");
    const unreadable = path.join(work, "unreadable");
    cpSync(path.join(FIXTURES, "unreadable-files/digests"), unreadable, { recursive: true });
    rmSync(path.join(unreadable, "good.txt"));
    const none = await ingest("--digests", unreadable, "--out", path.join(work, "out-none"));
    expect(none.status).toBe(1);
    expect(none.stdout).toContain("binary.txt: skipped: the file is binary, not text");
  });

  it("prints a short summary by default and the details with --verbose", async () => {
    const digests = path.join(FIXTURES, "layout-a/digests");
    const brief = await ingest("--digests", digests, "--out", path.join(work, "out-brief"));
    const lines = brief.stdout.split("\n");
    expect(lines.at(-1)).toMatch(
      /^ingest: \d+ papers from 1 digests in .*: \d+ added, 0 changed, 0 removed, 0 unchanged /,
    );
    expect(brief.stdout).toMatch(/^topics \(\d+\): /m);
    expect(brief.stdout).toMatch(/^papers in other: \d+ /m);
    expect(brief.stdout).not.toContain("digest.txt: layout");
    expect(lines.length).toBeLessThan(15);
    const verbose = await ingest("--digests", digests, "--out", path.join(work, "out-verbose"), "--verbose");
    expect(verbose.stdout).toContain("digest.txt: layout A");
    expect(verbose.stdout).toMatch(/^Topics over \d+ papers/m);
  });

  it("exits 1 on a bad taxonomy before reading any digest or writing a page", async () => {
    const topics = path.join(work, "topics.yaml");
    writeFileSync(
      topics,
      "topics:\n  - slug: other\n\tname: Other\n    description: Papers that match nothing else.\n",
    );
    const out = path.join(work, "out-bad-taxonomy");
    const result = await ingest("--digests", path.join(work, "no-digests-needed"), "--out", out, "--topics", topics);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `ingest: Invalid topic taxonomy ${topics} (1 problem):\n  - ${topics}:3 YAML syntax: YAML indents with spaces only: replace the tab with spaces, lined up with the lines around it (YAML: Tabs are not allowed as indentation)`,
    );
    expect(() => readdirSync(out)).toThrow();
  });

  it("writes pages and a report, then rewrites nothing on a rerun and removes pages that left", async () => {
    const digests = path.join(work, "digests");
    const out = path.join(work, "papers");
    const report = path.join(work, "report.json");
    cpSync(path.join(FIXTURES, "duplicates/digests"), digests, { recursive: true });

    const first = await ingest("--digests", digests, "--out", out, "--report", report, "--verbose");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("invariant holds");
    const parsed = JSON.parse(readFileSync(report, "utf8")) as { totals: { papersPublished: number } };
    const pages = readdirSync(out).filter((name) => name.endsWith(".mdx"));
    expect(pages).toHaveLength(parsed.totals.papersPublished);
    const times = new Map(pages.map((name) => [name, statSync(path.join(out, name)).mtimeMs]));

    const second = await ingest("--digests", digests, "--out", out);
    expect(second.stdout).toContain(`0 added, 0 changed, 0 removed, ${pages.length} unchanged`);
    for (const [name, time] of times) expect(statSync(path.join(out, name)).mtimeMs).toBe(time);

    rmSync(path.join(digests, "b.txt"));
    writeFileSync(path.join(out, "stray.txt"), "not ours");
    const third = await ingest("--digests", digests, "--out", out);
    expect(third.status).toBe(0);
    expect(third.stdout).toMatch(/: \d+ added, \d+ changed, [1-9]\d* removed, /);
    expect(readdirSync(out)).not.toContain("moe-plus-plus-sparse-experts.mdx");
    expect(readdirSync(out)).toContain("stray.txt");
  });
});
