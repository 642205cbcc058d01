/**
 * Properties of the ingest. Conservation is checked against what the test generated, counted from the pages
 * and rejects the run produced, never from the report's own totals (which the code computes to check itself).
 */
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { IngestResult } from "../../scripts/ingest/pipeline";
import { runIngest } from "../../scripts/ingest/pipeline";
import { paperSchema, type Paper } from "../../src/schema/paper";
import { splitPage } from "./support/ingest-fixtures";

const HEADER = [
  "new",
  "Get trending papers in your email inbox!",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
  "Dec 9",
];

const line = fc.oneof(
  fc.constantFrom(
    ...HEADER,
    "  • 3 authors",
    "·",
    "Jun 4, 2024",
    "Mar 15 7",
    "Feb 30, 2023",
    "openbmb OpenBMB",
    "",
    "",
    "---",
    "import x from 'y'",
    "export const a = 1",
    "<script>alert(1)</script>",
    "{x}",
  ),
  fc.lorem({ maxCount: 12 }),
  fc.lorem({ mode: "sentences", maxCount: 5 }),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

const digestText = fc
  .tuple(fc.boolean(), fc.array(line, { maxLength: 60 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([withHeader, lines, eol]) =>
    [...(withHeader ? HEADER.flatMap((header) => [header, ""]) : []), ...lines].join(eol),
  );

const digestBytes = fc.oneof(
  digestText.map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(digestText, fc.uint8Array({ maxLength: 8 })).map(([text, junk]) => {
    const bytes = new TextEncoder().encode(text);
    return new Uint8Array([...bytes.subarray(0, bytes.length / 2), ...junk, ...bytes.subarray(bytes.length / 2)]);
  }),
);

const papersOf = (result: IngestResult): Paper[] =>
  result.pages.map((page) => paperSchema.parse(parse(splitPage(page.content).yaml)));

/** A listed paper; titles carry a serial number, so two papers share a title only when the test says so. */
interface ListedPaper {
  title: string;
  paragraphs: string[];
}

/** An entry whose title has no letters or digits: read, then rejected. */
const UNTITLED: ListedPaper = { title: "!!!", paragraphs: ["An entry whose title has no letters."] };

/** What one generated entry must become: a page listing it at this place, or a reject at this line. */
type Expected = { kind: "paper"; line: number; paper: ListedPaper } | { kind: "reject"; line: number; reason: RegExp };

/** One place in a listing: a paper (by index), an untitled entry, or an abstract that lost its title. */
type Slot =
  | { kind: "paper"; paper: number; meta: readonly string[] | undefined; wrap: number }
  | { kind: "untitled" }
  | { kind: "orphan"; text: string };

const word = fc.lorem({ maxCount: 1 }).filter((text) => /^[a-z]+$/.test(text));
const sentence = fc.lorem({ mode: "sentences", maxCount: 1 }).filter((text) => /^[A-Z][a-z ,]*\.$/.test(text));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(" "));

const metadata = fc.oneof(
  fc.integer({ min: 2, max: 40 }).map((authors) => [`  • ${String(authors)} authors`, "·", "Jun 4, 2024"]),
  fc.nat({ max: 99 }).map((upvotes) => ["openbmb OpenBMB", "·", `Nov 10, 2023 ${String(upvotes)}`]),
  fc.constant(["  • 1 author", "·", "Sep 23"]),
);

const slot = (papers: number): fc.Arbitrary<Slot> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant("paper" as const),
        paper: fc.nat({ max: papers - 1 }),
        meta: fc.option(metadata, { nil: undefined }),
        wrap: fc.nat({ max: 3 }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "untitled" as const }) },
    {
      weight: 1,
      arbitrary: fc
        .array(sentence, { minLength: 12, maxLength: 16 })
        .map((sentences) => ({ kind: "orphan" as const, text: `Orphan ${sentences.join(" ")}` }))
        .filter((orphan) => orphan.text.length > 300),
    },
  );

/** Papers, some sharing another's title (with their own abstract), each made unique by its serial number. */
const listedPapers = fc
  .array(
    fc.record({
      words: fc.array(word, { minLength: 1, maxLength: 6 }),
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 2 }),
      sharesTitleOf: fc.option(fc.nat(), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((drafts) =>
    drafts.reduce<ListedPaper[]>((papers, { words, paragraphs, sharesTitleOf }, serial) => {
      const shared = sharesTitleOf === undefined ? undefined : papers[sharesTitleOf % Math.max(1, papers.length)];
      papers.push({ title: shared?.title ?? `Study ${String(serial)} ${words.join(" ")}`, paragraphs });
      return papers;
    }, []),
  );

/** Hard-wraps a paragraph into `breaks + 1` lines at spaces, as a copied listing may. */
function wrapped(text: string, breaks: number): string[] {
  const words = text.split(" ");
  const size = Math.ceil(words.length / (breaks + 1));
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += size) lines.push(words.slice(i, i + size).join(" "));
  return lines;
}

/** Lines of a digest being written; `add` returns the 1-based line of the first line it adds. */
function lineWriter(): { lines: string[]; add: (...more: string[]) => number } {
  const lines: string[] = [];
  return {
    lines,
    add: (...more) => {
      lines.push(...more);
      return lines.length - more.length + 1;
    },
  };
}

/** Layout B: no blank lines, the first title glued to `Subscribe`, then one line per title and per abstract. */
function writeLayoutB(slots: readonly Slot[], papers: readonly ListedPaper[]): { text: string; expected: Expected[] } {
  const { lines, add } = lineWriter();
  const expected: Expected[] = [];
  add("Get trending papers in your email inbox once a day!", "Get trending papers in your email inbox!");
  for (const current of slots) {
    if (current.kind === "orphan") continue;
    const listed = current.kind === "paper" ? papers[current.paper] : UNTITLED;
    if (!listed) continue;
    // One line holds one paragraph, so B lists a paper's first one.
    const paper = { title: listed.title, paragraphs: listed.paragraphs.slice(0, 1) };
    const line = add(`${expected.length === 0 ? "Subscribe" : ""}${paper.title}`);
    add(...paper.paragraphs);
    expected.push(
      current.kind === "paper"
        ? { kind: "paper", line, paper }
        : { kind: "reject", line, reason: /no letters or digits/ },
    );
  }
  return { text: lines.join("\n"), expected };
}

/**
 * Layout A (with `Daily Papers`, metadata groups, and abstracts that lost their title after one) or C (without
 * either): blank-line separated, abstracts of one or two paragraphs, hard-wrapped or not.
 */
function writeLayoutAorC(
  layout: "A" | "C",
  slots: readonly Slot[],
  papers: readonly ListedPaper[],
): { text: string; expected: Expected[] } {
  const { lines, add } = lineWriter();
  const expected: Expected[] = [];
  add("new", "", "Get trending papers in your email inbox!", "", "Subscribe", "");
  if (layout === "A") add("Daily Papers", "");
  add("byAK and the research community", "", "Mar 11");
  let afterMeta = false;
  for (const current of slots) {
    if (current.kind === "orphan") {
      // A paragraph reads as an abstract without its title only where a title is due: after a metadata group.
      if (!afterMeta) continue;
      add("");
      expected.push({ kind: "reject", line: add(current.text), reason: /stands where a title is expected/ });
      afterMeta = false;
      continue;
    }
    const paper = current.kind === "paper" ? papers[current.paper] : UNTITLED;
    if (!paper) continue;
    add("");
    const line = add(paper.title);
    for (const text of paper.paragraphs) add("", ...wrapped(text, current.kind === "paper" ? current.wrap : 0));
    const meta = layout === "A" && current.kind === "paper" ? current.meta : undefined;
    if (meta) add("", ...meta);
    afterMeta = meta !== undefined;
    expected.push(
      current.kind === "paper"
        ? { kind: "paper", line, paper }
        : { kind: "reject", line, reason: /no letters or digits/ },
    );
  }
  return { text: lines.join("\n"), expected };
}

/** One to four digests over a shared set of papers, so papers recur within and across digests and layouts. */
const generatedDigests = listedPapers.chain((papers) =>
  fc
    .array(
      fc.record({
        layout: fc.constantFrom("A" as const, "B" as const, "C" as const),
        slots: fc.array(slot(papers.length), { minLength: 1, maxLength: 10 }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((listings) =>
      listings.map(({ layout, slots }, i) => ({
        file: `d${String(i)}.txt`,
        id: `d${String(i)}`,
        ...(layout === "B" ? writeLayoutB(slots, papers) : writeLayoutAorC(layout, slots, papers)),
      })),
    ),
);

describe("ingest properties", () => {
  it("never throws on random and garbled bytes, and every entry it reads ends on a page or among the rejects", () => {
    fc.assert(
      fc.property(fc.array(digestBytes, { minLength: 1, maxLength: 4 }), (files) => {
        const result = runIngest(files.map((bytes, i) => ({ file: `d${i}.txt`, bytes })));
        expect(result.report.invariant.holds).toBe(true);
        expect(new Set(result.pages.map((page) => page.slug)).size).toBe(result.pages.length);
        for (const page of result.pages)
          for (const bodyLine of splitPage(page.content).body.split("\n"))
            expect(bodyLine).not.toMatch(/^(import|export)\b/);
        // Every catalogue entry is on the page it names, or rejected with a reason listed in the report; and the
        // pages and rejects hold nothing more.
        const appearances = papersOf(result).flatMap((paper) =>
          paper.appearances.map(({ digest, position }) => `${paper.slug} ${digest} ${String(position)}`),
        );
        const rejects = result.report.rejects.map((reject) => `${reject.file}:${String(reject.line)}`);
        let listed = 0;
        for (const digest of result.digests)
          for (const entry of digest.entries) {
            listed += 1;
            if (entry.slug) expect(appearances).toContain(`${entry.slug} ${digest.id} ${String(entry.position)}`);
            else expect(rejects).toContain(`${digest.file}:${String(entry.line)}`);
          }
        expect(listed).toBe(appearances.length + rejects.length);
      }),
      { numRuns: 300 },
    );
  });

  it("conserves entries: each generated entry is on a page with its title and abstract, or rejected with a reason", () => {
    fc.assert(
      fc.property(generatedDigests, (digests) => {
        const encoder = new TextEncoder();
        const result = runIngest(digests.map(({ file, text }) => ({ file, bytes: encoder.encode(text) })));
        const pageByPlace = new Map<string, { paper: Paper; line: number | undefined }>();
        for (const paper of papersOf(result))
          for (const { digest, position, line: at } of paper.appearances) {
            const place = `${digest} ${String(position)}`;
            expect(pageByPlace.has(place), `${place} is on two pages`).toBe(false);
            pageByPlace.set(place, { paper, line: at });
          }
        const rejectByLine = new Map(
          result.report.rejects.map((reject) => [`${reject.file}:${String(reject.line)}`, reject.reason]),
        );

        let papers = 0;
        let rejects = 0;
        for (const digest of digests)
          digest.expected.forEach((entry, i) => {
            const place = `${digest.id} ${String(i + 1)}`;
            const page = pageByPlace.get(place);
            if (entry.kind === "paper") {
              papers += 1;
              expect(page, `${digest.file}:${String(entry.line)} is on no page`).toBeDefined();
              expect(page?.line).toBe(entry.line);
              expect(page?.paper.title).toBe(entry.paper.title);
              expect(page?.paper.abstract).toBe(entry.paper.paragraphs.join("\n\n"));
            } else {
              rejects += 1;
              expect(page, `${digest.file}:${String(entry.line)} should be rejected`).toBeUndefined();
              expect(rejectByLine.get(`${digest.file}:${String(entry.line)}`)).toMatch(entry.reason);
            }
          });
        // Nothing published or rejected that the test did not write.
        expect(pageByPlace.size).toBe(papers);
        expect(result.report.rejects).toHaveLength(rejects);
      }),
      { numRuns: 200 },
    );
  });
});
