/** The pieces of `npm run fetch`: its command line, Retry-After, days, file names, atomic writes, Atom pages. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SyntaxValidator } from "fast-xml-validator";
import { afterAll, describe, expect, it } from "vitest";
import { arxivFileName } from "../../scripts/fetch/arxiv";
import { checkAtomPage } from "../../scripts/fetch/atom-page";
import { mergeAtomPages } from "../../scripts/fetch/atom-merge";
import { writeFileAtomically } from "../../scripts/fetch/atomic-write";
import { parseCli } from "../../scripts/fetch/cli";
import { daysBetween, isDay } from "../../scripts/fetch/days";
import { retryAfterMs } from "../../scripts/fetch/retry-after";
import { atomEntryIds } from "./support/atom-entries";
import { FETCH_FIXTURES } from "./support/fetch-run";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TODAY = "2026-08-22";
const work = mkdtempSync(path.join(tmpdir(), "lectern-fetch-parts-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
const arxivSample = (name: string): string => readFileSync(path.join(FETCH_FIXTURES, "arxiv", name), "utf8");

describe("fetch command line", () => {
  it("reads a day, a range and an arXiv query", () => {
    expect(parseCli(["hf", "--date", "2026-08-21"], TODAY)).toEqual({
      kind: "run",
      command: { source: "hf", days: ["2026-08-21"], api: "https://huggingface.co", force: false },
    });
    const range = parseCli(["hf", "--from", "2024-02-28", "--to", "2024-03-01", "--force", "--digests", "d"], TODAY);
    expect(range).toMatchObject({
      command: { days: ["2024-02-28", "2024-02-29", "2024-03-01"], force: true, digests: "d" },
    });
    expect(parseCli(["arxiv", "--query", "cat:cs.LG", "--max", "250"], TODAY)).toEqual({
      kind: "run",
      command: {
        source: "arxiv",
        query: "cat:cs.LG",
        max: 250,
        pageSize: 100,
        api: "https://export.arxiv.org",
        force: false,
      },
    });
  });

  it.each([
    [[], "name a source: hf or arxiv"],
    [["rss"], "unknown source rss: use hf or arxiv"],
    [["hf"], "hf needs --date YYYY-MM-DD, or --from YYYY-MM-DD and --to YYYY-MM-DD"],
    [["hf", "--date", "2026-02-30"], "--date 2026-02-30 is not a day: write it YYYY-MM-DD, e.g. 2026-08-21"],
    [["hf", "--date", "21/08/2026"], "--date 21/08/2026 is not a day"],
    [["hf", "--date", "2026-08-23"], "2026-08-23 is after today (2026-08-22, UTC): there is no listing for it yet"],
    [["hf", "--from", "2026-08-21", "--to", "2026-08-20"], "--to 2026-08-20 comes before --from 2026-08-21"],
    [["hf", "--from", "2026-08-21"], "hf needs --date"],
    [["hf", "--date", "2026-08-21", "--to", "2026-08-21"], "give either --date or --from and --to, not both"],
    [["hf", "--date", "2026-08-21", "--query", "x"], "--query is for arxiv, not hf"],
    [["arxiv"], 'arxiv needs --query, e.g. --query "cat:cs.LG"'],
    [["arxiv", "--query", "x", "--max", "0"], "--max 0 must be a whole number from 1 to 30000"],
    [["arxiv", "--query", "x", "--page-size", "2001"], "--page-size 2001 must be a whole number from 1 to 2000"],
    [["arxiv", "--query", "x", "--api", "ftp://mirror"], "--api ftp://mirror must be http(s)"],
    [["arxiv", "--query", ""], "--query needs a value"],
    [["hf", "--bogus"], "Unknown option '--bogus'"],
  ])("rejects %j", (argv, message) => {
    const parsed = parseCli(argv, TODAY);
    expect(parsed.kind).toBe("usage-error");
    expect(parsed.kind === "usage-error" ? parsed.message : "").toContain(message);
  });

  it("runs as a script: --help exits 0, a usage error exits 2", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/fetch.ts"), ...args], {
        cwd: ROOT,
        encoding: "utf8",
      });
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: npm run fetch -- hf");
    const wrong = run("hf", "--date", "yesterday");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("fetch: --date yesterday is not a day");
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2026-08-22T08:00:00Z");
  it("reads seconds and HTTP dates, and nothing else", () => {
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
    expect(retryAfterMs("Sat, 22 Aug 2026 08:01:30 GMT", now)).toBe(90_000);
    expect(retryAfterMs("Sat, 22 Aug 2026 07:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs("-5", now)).toBeUndefined();
  });
});

describe("days and names", () => {
  it("knows the calendar", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2025-02-29")).toBe(false);
    expect(isDay("2025-13-01")).toBe(false);
    expect(daysBetween("2025-12-30", "2026-01-02")).toEqual(["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"]);
    expect(daysBetween("2026-01-02", "2026-01-01")).toEqual([]);
  });

  it("names an arXiv file by a readable slug of its query", () => {
    expect(arxivFileName("cat:cs.LG", TODAY)).toBe("arxiv-cat-cs-lg-2026-08-22.xml");
    expect(arxivFileName("cat:cs.RO AND (neural)", TODAY)).toBe("arxiv-cat-cs-ro-and-neural-2026-08-22.xml");
    expect(arxivFileName("au:Müller", TODAY)).toBe("arxiv-au-mueller-2026-08-22.xml");
    expect(arxivFileName("((()))", TODAY)).toBe("arxiv-query-2026-08-22.xml");
    expect(arxivFileName("all:".padEnd(200, "x y "), TODAY).length).toBeLessThanOrEqual(
      "arxiv--2026-08-22.xml".length + 60,
    );
  });
});

describe("atomic writes", () => {
  it("replaces a file whole and leaves no temporary file, also when the rename fails", async () => {
    const file = path.join(work, "atomic/hf-2026-08-21.json");
    await writeFileAtomically(file, "[1]");
    await writeFileAtomically(file, "[1, 2]");
    expect(readFileSync(file, "utf8")).toBe("[1, 2]");
    const folderInTheWay = path.join(work, "atomic/in-the-way.json");
    mkdirSync(path.join(folderInTheWay, "child"), { recursive: true });
    await expect(writeFileAtomically(folderInTheWay, "[]")).rejects.toThrow();
    expect(readdirSync(path.join(work, "atomic")).sort()).toEqual(["hf-2026-08-21.json", "in-the-way.json"]);
  });
});

describe("Atom pages", () => {
  const legacy = arxivSample("arxivpy_2016_search_au_del_maestro.atom.xml");
  const modern = arxivSample("arxivpy_2026_q_testing_s0_m10_bc5a6c384fe9.body.atom.xml");
  const xiv = arxivSample("xiv_2025-10_cs.RO_neural.atom.xml");

  it("reads the counts of the legacy and the 2026 format", () => {
    for (const [text, total, entries] of [
      [legacy, 31, 10],
      [modern, 214881, 10],
      [xiv, 5619, 2],
    ] as const) {
      const page = checkAtomPage(Buffer.from(text));
      expect(page).toMatchObject({ ok: true, value: { totalResults: total, startIndex: 0, entries } });
    }
  });

  it("calls an empty page inside the results worth retrying, and an error entry final", () => {
    const empty = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
  <opensearch:totalResults>214881</opensearch:totalResults>
  <opensearch:startIndex>10</opensearch:startIndex>
</feed>`;
    expect(checkAtomPage(Buffer.from(empty))).toMatchObject({
      ok: false,
      retry: true,
      reason: "an empty page at offset 10 of 214881 results",
    });
    const error = JSON.parse(arxivSample("arxivpy_2026_id_abc_s0_m100_b79c8dcf6bc3.recorded.json")) as { body: string };
    expect(checkAtomPage(Buffer.from(error.body))).toEqual({
      ok: false,
      retry: false,
      reason: "arXiv reports an error: incorrect id format for abc",
    });
    expect(checkAtomPage(Buffer.from("<html><body>Bad gateway</body></html>"))).toMatchObject({
      ok: false,
      retry: true,
    });
  });

  it("copies entries as arXiv wrote them: a page joined with itself is the page, byte for byte", () => {
    for (const page of [legacy, modern, xiv])
      expect(mergeAtomPages([page, page])).toEqual({ xml: page, entries: atomEntryIds(page).length });
  });

  it("joins pages of either format into one feed, each entry once", () => {
    for (const [first, second] of [
      [modern, xiv],
      [legacy, legacy],
      [xiv, modern],
    ] as const) {
      const merged = mergeAtomPages([first, second]);
      expect(SyntaxValidator.validate(merged.xml)).toBe(true);
      const ids = atomEntryIds(merged.xml);
      expect(ids).toEqual([...new Set([...atomEntryIds(first), ...atomEntryIds(second)])]);
      expect(ids).toHaveLength(merged.entries);
      expect(checkAtomPage(Buffer.from(merged.xml))).toMatchObject({ ok: true, value: { entries: merged.entries } });
    }
  });
});
