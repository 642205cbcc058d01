/**
 * Damage a real digest would suffer, done to in-memory copies of the bundled digests (never the files): each kind
 * costs what it damages and no more, and says so. A bad metadata value costs its field, with a warning naming file,
 * line and field; a digest copied without its header is read in the layout its entries show; an abstract cut off at
 * the end of the file is kept and flagged. Which digests and entries are damaged is found in whatever
 * content/digests/ holds, so the tests follow the corpus rather than pin it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CleanEntry } from "../../scripts/ingest/3-clean/clean-entry";
import { parseDigest, type ParsedDigest } from "../../scripts/ingest/digest-file";
import { parseAuthorsLine, parseDateLine, splitGluedSubscribe } from "../../scripts/ingest/2-parse/entry-lines";
import type { IngestResult } from "../../scripts/ingest/pipeline";
import { runIngest } from "../../scripts/ingest/pipeline";
import type { Warning } from "../../scripts/ingest/report";
import { validatePaper } from "../../scripts/ingest/5-write/validate-paper";
import type { Paper } from "../../src/schema/paper";

const DIGESTS = path.resolve(import.meta.dirname, "../../content/digests");
const bundled = readdirSync(DIGESTS, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
  .map((entry) => ({ file: entry.name, text: readFileSync(path.join(DIGESTS, entry.name), "utf8") }))
  .sort((a, b) => (a.file < b.file ? -1 : 1));

const encoder = new TextEncoder();

function ingest(file: string, text: string): IngestResult {
  return runIngest([{ file, bytes: encoder.encode(text) }]);
}

function parsed(file: string, text: string): ParsedDigest {
  const result = parseDigest({ file, bytes: encoder.encode(text) });
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.digest;
}

/** The text with its 1-based line `line` replaced. */
function withLine(text: string, line: number, replacement: string): string {
  const lines = text.split("\n");
  lines[line - 1] = replacement;
  return lines.join("\n");
}

function lineOf(text: string, line: number): string {
  return text.split("\n")[line - 1] ?? "";
}

/** The page listing the entry at `line`, found through the catalogue. */
/** A text digest's entry always has its line; only structured sources place entries by index. */
function textLine(entry: CleanEntry): number {
  if (entry.line === undefined) throw new Error(`${entry.file}: a text entry without a line`);
  return entry.line;
}

function paperAt(result: IngestResult, line: number): Paper | undefined {
  const slug = result.digests[0]?.entries.find((entry) => entry.line === line)?.slug;
  return result.pages.find((page) => page.slug === slug)?.data;
}

/** A paper of `result` listed once, at a metadata group whose lines `pick` finds one of. */
interface Target {
  file: string;
  text: string;
  entry: CleanEntry;
  /** The metadata line to damage. */
  line: number;
  baseline: IngestResult;
}

function metadataTargets(pick: (text: string, line: number) => boolean): Target[] {
  return bundled.flatMap(({ file, text }) => {
    const baseline = ingest(file, text);
    return parsed(file, text).entries.flatMap((entry): Target[] => {
      const group = entry.metadata;
      if (!group || paperAt(baseline, textLine(entry))?.appearances.length !== 1) return [];
      const lines = Array.from({ length: 4 }, (_unused, i) => group.line + i);
      const line = lines.find((candidate) => pick(lineOf(text, candidate), candidate));
      return line === undefined ? [] : [{ file, text, entry, line, baseline }];
    });
  });
}

/** What the damaged line must cost: this field, and nothing else on any page. */
function expectFieldDropped(target: Target, damaged: string, field: keyof Paper, message: RegExp): void {
  const result = ingest(target.file, withLine(target.text, target.line, damaged));
  const warning = result.report.warnings.find((found) => found.line === target.line && found.field === field);
  expect(warning, `no ${field} warning at ${target.file}:${target.line}`).toBeDefined();
  expect(warning?.message).toMatch(message);

  const before = paperAt(target.baseline, textLine(target.entry));
  const after = paperAt(result, textLine(target.entry));
  expect(after, "the paper is kept").toBeDefined();
  const rest = Object.fromEntries(Object.entries(before ?? {}).filter(([key]) => key !== field));
  const inferred = before?.inferred.filter((name) => name !== field) ?? [];
  expect(after).toEqual({ ...rest, inferred });
  expect(result.report.rejects).toEqual(target.baseline.report.rejects);
  expect(result.pages.filter((page) => page.data.id !== after?.id)).toEqual(
    target.baseline.pages.filter((page) => page.data.id !== before?.id),
  );
}

const dateTargets = metadataTargets((text) => parseDateLine(text) !== undefined);
const authorTargets = metadataTargets((text) => (parseAuthorsLine(text) ?? 0) > 0);

/** A date line's parts as written: `Nov 10, 2023 1` → `Nov 10`, `, 2023`, ` 1`. */
function dateParts(line: string): { day: string; year: string; upvotes: string } {
  const [, day = "", year = "", upvotes = ""] = /^(\S+ \d{1,2})(, \d{4})?( \d+)?$/.exec(line.trim()) ?? [];
  return { day, year, upvotes };
}

/** A date target whose year is written, so that an impossible day is judged in a known year. */
const datedTarget = (): Target | undefined =>
  dateTargets.find((target) => dateParts(lineOf(target.text, target.line)).year !== "") ?? dateTargets.at(-1);

describe("one bad metadata value costs its field, never the paper", () => {
  it("finds metadata groups to damage in the bundled digests", () => {
    expect(dateTargets.length, "no bundled entry has a date line").toBeGreaterThan(0);
    expect(authorTargets.length, "no bundled entry has an author count").toBeGreaterThan(0);
    expect(dateParts(lineOf(datedTarget()?.text ?? "", datedTarget()?.line ?? 0)).year, "no date with a year").not.toBe(
      "",
    );
  });

  it("an upvote count beyond any real one drops the upvotes and keeps the date", () => {
    const target = dateTargets[0];
    if (!target) return;
    const { day, year } = dateParts(lineOf(target.text, target.line));
    expectFieldDropped(target, `${day}${year} 999999999999999999999`, "upvotes", /beyond any real upvote count/);
  });

  it("a zero author count drops the count", () => {
    const target = authorTargets[0];
    if (!target) return;
    expectFieldDropped(target, "  • 0 authors", "authorsCount", /at least one author/);
  });

  it("an author count beyond any real paper's drops the count", () => {
    const target = authorTargets.at(-1);
    if (!target) return;
    expectFieldDropped(target, "  • 123456789 authors", "authorsCount", /no paper has more than/);
  });

  it("an impossible day (Feb 30) drops the date and keeps the upvotes", () => {
    const target = datedTarget();
    if (!target) return;
    const { year, upvotes } = dateParts(lineOf(target.text, target.line));
    expectFieldDropped(target, `Feb 30${year}${upvotes}`, "published", /no such day/);
  });

  it("a year no listing can show drops the date", () => {
    const target = datedTarget();
    if (!target || dateParts(lineOf(target.text, target.line)).year === "") return;
    const damaged = lineOf(target.text, target.line).replace(/, \d{4}/, ", 1066");
    const result = ingest(target.file, withLine(target.text, target.line, damaged));
    const warning = result.report.warnings.find((found) => found.line === target.line);
    expect(warning?.field).toBe("published");
    expect(warning?.message).toMatch(/the year 1066 is outside/);
    const after = paperAt(result, textLine(target.entry));
    expect(after?.published).toBeUndefined();
    expect(after?.title).toBe(paperAt(target.baseline, textLine(target.entry))?.title);
  });

  it("a second date line in one group is dropped; the first stands", () => {
    const target = dateTargets[0];
    if (!target) return;
    const lines = target.text.split("\n");
    lines.splice(target.line, 0, "Jan 1, 2001");
    const result = ingest(target.file, lines.join("\n"));
    const warning = result.report.warnings.find((found) => found.line === target.line + 1);
    expect(warning?.field).toBe("published");
    expect(warning?.message).toMatch(/a second date line/);
    expect(paperAt(result, textLine(target.entry))?.published).toBe(
      paperAt(target.baseline, textLine(target.entry))?.published,
    );
  });
});

describe("the schema gate drops a failing optional value, not the paper", () => {
  const paper: Paper = {
    id: "0123456789abcdef",
    slug: "a-paper",
    title: "A Paper",
    abstract: "An abstract.",
    published: "2024-06-04",
    upvotes: 3,
    links: [
      { url: "https://github.com/a/b", kind: "code" },
      { url: "ftp://a.io/x", kind: "other" },
    ],
    inferred: ["published"],
    appearances: [{ digest: "d", position: 1, line: 12 }],
  };
  const place = { file: "d.txt", line: 12 };

  it("leaves out an optional field and an array's failing item, each with a warning", () => {
    const warnings: Warning[] = [];
    const result = validatePaper({ ...paper, upvotes: -1, published: "June 4" }, place, warnings);
    expect(result).toEqual({
      ok: true,
      paper: { ...paper, upvotes: undefined, published: undefined, inferred: [], links: [paper.links[0]] },
    });
    expect(warnings.map((warning) => [warning.line, warning.field])).toEqual([
      [12, "published"],
      [12, "upvotes"],
      [12, "links[1].url"],
    ]);
    for (const warning of warnings) expect(warning.message).toMatch(/kept without this value/);
  });

  it("rejects a paper whose required field fails", () => {
    const warnings: Warning[] = [];
    expect(validatePaper({ ...paper, title: "" }, place, warnings)).toMatchObject({ ok: false });
    expect(warnings).toEqual([]);
  });
});

/** The digest from its first entry's title on, as copied without the header above it. */
function headerless(digest: ParsedDigest, text: string): { text: string; shift: number } {
  const first = digest.entries[0];
  if (!first) throw new Error(`${digest.file} has no entries`);
  const lines = text.split("\n").slice(textLine(first) - 1);
  lines[0] = splitGluedSubscribe(lines[0] ?? "") ?? lines[0] ?? "";
  return { text: lines.join("\n"), shift: textLine(first) - 1 };
}

describe("a digest copied without its header", () => {
  for (const { file, text } of bundled) {
    it(`${file}: is read in the layout its entries show, with a warning naming it`, () => {
      const digest = parsed(file, text);
      const copy = headerless(digest, text);
      const baseline = ingest(file, text);
      const result = ingest(file, copy.text);
      expect(result.report.digests[0]?.skipped).toBeUndefined();
      expect(result.digests[0]?.layout).toBe(digest.layout);
      const warning = result.report.warnings.find((found) => found.field === "layout");
      expect(warning).toMatchObject({ file, line: 1 });
      expect(warning?.message).toMatch(new RegExp(`^no digest header; read as layout ${digest.layout}, inferred`));
      expect(result.report.invariant.holds).toBe(true);
      expect(result.report.totals.entriesRead).toBe(baseline.report.totals.entriesRead);
      expect(result.report.rejects.map((reject) => reject.line)).toEqual(
        baseline.report.rejects.map((reject) => (reject.line ?? 0) - copy.shift),
      );
      const read = (pages: IngestResult["pages"]): unknown[] =>
        pages.map(({ data }) => [data.id, data.title, data.abstract, data.upvotes, data.authorsCount, data.links]);
      expect(read(result.pages)).toEqual(read(baseline.pages));
    });
  }

  it("a text that opens with no title and abstract is still skipped, with the reason", () => {
    const result = ingest("notes.txt", "title,abstract\nfoo,bar\n");
    expect(result.report.digests[0]?.skipped).toMatch(/no digest header.*does not open with a title and an abstract/);
  });
});

/** A bundled entry with a long abstract, and the file line where the abstract opens. */
function abstractToCut(): { file: string; lines: string[]; entry: CleanEntry; line: number } | undefined {
  for (const { file, text } of bundled) {
    const lines = text.split("\n");
    for (const entry of parsed(file, text).entries) {
      if (entry.abstract.length < 120) continue;
      const opening = entry.abstract.slice(0, 30);
      const index = lines.findIndex((candidate, i) => i >= textLine(entry) && candidate.includes(opening));
      if (index >= 0) return { file, lines, entry, line: index + 1 };
    }
  }
  return undefined;
}

describe("an abstract cut off at the end of the file", () => {
  it("is kept as it stands, with a warning on its last line", () => {
    const source = abstractToCut();
    if (!source) throw new Error("no bundled digest has an abstract to cut");
    const full = source.lines[source.line - 1] ?? "";
    // Mid-word: the copy stops between two letters, some way into the line.
    const cut = /^(.{40,}?\p{L})\p{L}/u.exec(full.slice(0, Math.floor(full.length / 2) + 40))?.[1] ?? "";
    expect(cut.length).toBeGreaterThan(0);
    const copy = [...source.lines.slice(0, source.line - 1), cut].join("\n");

    const result = ingest(source.file, copy);
    const warning = result.report.warnings.find((found) => found.field === "abstract");
    expect(warning).toMatchObject({ file: source.file, line: source.line });
    expect(warning?.message).toMatch(/ends inside this abstract .* looks cut off/);
    const kept = paperAt(result, textLine(source.entry));
    expect(kept?.title).toBe(source.entry.title);
    expect(kept?.abstract.endsWith(cut.trim().slice(-20))).toBe(true);
    expect(result.report.invariant.holds).toBe(true);
  });

  it.each([
    ["a full stop", "Title\nThe abstract ends as a sentence does."],
    ["a closing quote after the stop", "Title\nWe call it “done.”"],
    ["an address", "Title\nOur code is at https://github.com/a/b_c"],
  ])("an abstract that ends with %s is not flagged", (_ending, body) => {
    const result = ingest("d.txt", `Subscribe\n\nDaily Papers\n\n${body.replace("\n", "\n\n")}\n`);
    expect(result.pages).toHaveLength(1);
    expect(result.report.warnings.filter((found) => found.field === "abstract")).toEqual([]);
  });
});

describe("a digest named by a whole number", () => {
  it("gets an id the digests index's page numbers never use, and keeps every paper", () => {
    const first = bundled[0];
    if (!first) throw new Error("content/digests/ holds no digest");
    const plain = parsed(first.file, first.text);
    const numbered = parsed("12.txt", first.text);
    expect(numbered.id).toBe("digest-12");
    expect(numbered.entries.length).toBe(plain.entries.length);
    expect(ingest("12.txt", first.text).digests.map((digest) => digest.id)).toEqual(["digest-12"]);
    expect(parsed("2025-03-11.txt", first.text).id).toBe("2025-03-11");
  });
});
