/**
 * Slugs that never move: the assignment rules on plain values, the record's gate, and the real ingest run again
 * and again on one output folder, as builds do, while same-titled papers come and go.
 */
import fc from "fast-check";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { paperId } from "../../scripts/ingest/3-clean/identity";
import { main } from "../../scripts/ingest/main";
import type { SluggablePaper, SlugRecord } from "../../scripts/ingest/4-merge/slug";
import { assignSlugs, RETIRED_LIMIT } from "../../scripts/ingest/4-merge/slug";
import { parseSlugRecord, serialiseSlugRecord } from "../../scripts/ingest/4-merge/slug-record";
import { SLUGS_FILE } from "../../src/lib/project-files";
import { splitPage } from "./support/ingest-fixtures";

const work = mkdtempSync(path.join(tmpdir(), "lectern-slugs-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const HEADER =
  "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 11\n";

interface TestPaper {
  /** Digest file the paper is listed in; file names order the digests. */
  file: string;
  title: string;
  abstract: string;
}

const A: TestPaper = {
  file: "2024-01-a.txt",
  title: "Shared Title",
  abstract: "Quantizing weights to four bits keeps accuracy when outliers are handled.",
};
const B: TestPaper = {
  file: "2024-02-b.txt",
  title: "Shared Title",
  abstract: "Graph neural networks learn on relational data with a forward-only rule.",
};
const C: TestPaper = {
  file: "2024-03-c.txt",
  title: "Shared title!",
  abstract: "Sparse experts route tokens to a few experts and train them jointly.",
};

/** One folder pair per scenario; each run replaces the digests with exactly the papers given. */
function workspace(name: string): { digests: string; out: string } {
  const digests = path.join(work, name, "digests");
  const out = path.join(work, name, "papers");
  mkdirSync(digests, { recursive: true });
  return { digests, out };
}

async function ingestPapers(
  folders: { digests: string; out: string },
  papers: readonly TestPaper[],
  ...args: string[]
): Promise<{ status: number; stdout: string }> {
  for (const name of readdirSync(folders.digests)) rmSync(path.join(folders.digests, name));
  for (const paper of papers)
    writeFileSync(path.join(folders.digests, paper.file), `${HEADER}\n${paper.title}\n\n${paper.abstract}\n`);
  const stdout: string[] = [];
  const status = await main(
    ["--digests", folders.digests, "--out", folders.out, "--quiet", ...args],
    {},
    {
      log: (text) => stdout.push(text),
      error: (text) => stdout.push(text),
    },
  );
  return { status, stdout: stdout.join("\n") };
}

interface PageOnDisk {
  id: string;
  slug: string;
  abstract: string;
  file: string;
}

function pagesOnDisk(out: string): PageOnDisk[] {
  return readdirSync(out)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((file) => {
      const data = parse(splitPage(readFileSync(path.join(out, file), "utf8")).yaml) as PageOnDisk;
      return { id: data.id, slug: data.slug, abstract: data.abstract, file };
    });
}

/** The URL slug of each paper on disk, keyed by its abstract (each test paper has its own). */
function slugByPaper(out: string): Map<string, string> {
  return new Map(pagesOnDisk(out).map((page) => [page.abstract, page.slug]));
}

describe("slugs across ingest runs", () => {
  it("never renames a page while its paper stays, as same-titled papers come and go", async () => {
    const folders = workspace("sequence");
    const history: Array<Map<string, string>> = [];
    const runs: Array<readonly TestPaper[]> = [[A], [A, B], [B], [A, B], [A, B, C], [C], [A, B, C]];
    for (const papers of runs) {
      const result = await ingestPapers(folders, papers);
      expect(result.status, result.stdout).toBe(0);
      const pages = pagesOnDisk(folders.out);
      for (const page of pages) expect(page.file).toBe(`${page.slug}.mdx`);
      expect(pages).toHaveLength(papers.length);
      const slugs = slugByPaper(folders.out);
      const previous = history.at(-1);
      if (previous)
        for (const [paper, slug] of slugs)
          if (previous.has(paper)) expect(slug, `${paper} was at ${previous.get(paper)}`).toBe(previous.get(paper));
      history.push(slugs);
    }
    const [first, withB, , aBack, withC] = history;
    // The first paper keeps the bare slug; later arrivals get the suffix.
    expect(first?.get(A.abstract)).toBe("shared-title");
    expect(withB?.get(B.abstract)).toMatch(/^shared-title-[0-9a-f]{6}$/);
    // A paper that comes back gets its old URL back; a freed URL is not handed to another paper.
    expect(aBack?.get(A.abstract)).toBe("shared-title");
    expect(withC?.get(C.abstract)).toMatch(/^shared-title-[0-9a-f]{6}$/);
    const [, , bAlone] = history;
    expect(bAlone?.get(B.abstract)).toBe(withB?.get(B.abstract));
    // Through every run, one URL only ever showed one paper.
    const shownBy = new Map<string, string>();
    for (const slugs of history)
      for (const [paper, slug] of slugs) {
        expect(shownBy.get(slug) ?? paper, `${slug} showed two papers`).toBe(paper);
        shownBy.set(slug, paper);
      }
  });
});

const ID_A = "aaaaaa1111111111";
const ID_B = "bbbbbb2222222222";
const ID_C = "cccccc3333333333";

function listed(id: string, title: string, digest: string, position = 1): SluggablePaper {
  return { id, title, appearances: [{ digest, position, line: position * 4 }] };
}

function record(papers: Record<string, string>, retired: SlugRecord["retired"] = []): SlugRecord {
  return { papers: new Map(Object.entries(papers)), retired };
}

describe("slug assignment", () => {
  it("gives the bare slug to the first-listed of same-titled newcomers, whatever the input order", () => {
    const papers = [
      listed(ID_A, "Same", "2024-02-01"),
      listed(ID_B, "same!", "2024-01-01", 3),
      listed(ID_C, "Other", "2024-01-01", 1),
    ];
    const forward = assignSlugs(papers).papers;
    expect(Object.fromEntries(forward)).toEqual({ [ID_A]: "same-aaaaaa", [ID_B]: "same", [ID_C]: "other" });
    expect(Object.fromEntries(assignSlugs([...papers].reverse()).papers)).toEqual(Object.fromEntries(forward));
  });

  it("keeps every previous slug, so a newcomer takes the suffix", () => {
    const next = assignSlugs([listed(ID_A, "Same", "2024-02-01"), listed(ID_B, "Same", "2024-01-01")], {
      papers: new Map([[ID_A, "same"]]),
      retired: [],
    });
    expect(Object.fromEntries(next.papers)).toEqual({ [ID_A]: "same", [ID_B]: "same-bbbbbb" });
  });

  it("never steals a kept or held slug for a title that looks like it", () => {
    const previous = record({ [ID_A]: "same-cccccc" }, [{ slug: "other-aaaaaa", id: "dddddd4444444444" }]);
    const next = assignSlugs(
      [listed(ID_A, "Same", "d"), listed(ID_B, "Same cccccc", "d", 2), listed(ID_C, "Other aaaaaa", "d", 3)],
      previous,
    );
    expect(next.papers.get(ID_A)).toBe("same-cccccc");
    expect(next.papers.get(ID_B)).toBe("same-cccccc-bbbbbb");
    expect(next.papers.get(ID_C)).toBe("other-aaaaaa-cccccc");
  });

  it("lengthens a suffix until it is unique", () => {
    const clash = assignSlugs(
      [
        listed(ID_C, "Same", "d"),
        listed("aaaaaa1111111111", "Same", "d", 2),
        listed("aaaaaa1222222222", "Same", "d", 3),
      ],
      record({ [ID_C]: "same" }),
    );
    expect(Object.fromEntries(clash.papers)).toEqual({
      [ID_C]: "same",
      aaaaaa1111111111: "same-aaaaaa",
      aaaaaa1222222222: "same-aaaaaa1",
    });
  });

  it("holds the slug of a paper that left, gives it back when it returns, and to no other paper", () => {
    const aLeft = assignSlugs([listed(ID_B, "Same", "b")], record({ [ID_A]: "same", [ID_B]: "same-bbbbbb" }));
    expect(Object.fromEntries(aLeft.papers)).toEqual({ [ID_B]: "same-bbbbbb" });
    expect(aLeft.retired).toEqual([{ slug: "same", id: ID_A }]);
    const cArrives = assignSlugs([listed(ID_B, "Same", "b"), listed(ID_C, "Same", "a")], aLeft);
    expect(cArrives.papers.get(ID_C)).toBe("same-cccccc");
    const aBack = assignSlugs(
      [listed(ID_A, "Same", "c"), listed(ID_B, "Same", "b"), listed(ID_C, "Same", "a")],
      cArrives,
    );
    expect(Object.fromEntries(aBack.papers)).toEqual({ [ID_A]: "same", [ID_B]: "same-bbbbbb", [ID_C]: "same-cccccc" });
    expect(aBack.retired).toEqual([]);
  });

  it("hands the slugs of papers that left to same-titled newcomers of the same run, bare slug first", () => {
    // What a fixed abstract or a new cleaning rule looks like: new identities for the same listings.
    const previous = record({ [ID_A]: "same", [ID_B]: "same-bbbbbb", [ID_C]: "other" });
    const next = assignSlugs(
      [
        listed("eeeeee5555555555", "Same", "a", 1),
        listed("ffffff6666666666", "Same", "a", 2),
        listed(ID_C, "Other", "a", 3),
      ],
      previous,
    );
    expect(Object.fromEntries(next.papers)).toEqual({
      [ID_C]: "other",
      eeeeee5555555555: "same",
      ffffff6666666666: "same-bbbbbb",
    });
    expect(next.retired).toEqual([]);
  });

  it("forgets the oldest held slugs beyond the limit", () => {
    const retired = Array.from({ length: RETIRED_LIMIT }, (_, index) => ({
      slug: `gone-${index}`,
      id: index.toString(16).padStart(16, "0"),
    }));
    const next = assignSlugs([], { papers: new Map([[ID_A, "last"]]), retired });
    expect(next.retired).toHaveLength(RETIRED_LIMIT);
    expect(next.retired[0]?.slug).toBe("gone-1");
    expect(next.retired.at(-1)).toEqual({ slug: "last", id: ID_A });
  });
});

describe("slug record", () => {
  it("reads back what it writes", () => {
    const written = record({ [ID_B]: "same-bbbbbb", [ID_A]: "same" }, [{ slug: "other", id: ID_C }]);
    const text = serialiseSlugRecord(written);
    expect(Object.keys((JSON.parse(text) as { papers: object }).papers)).toEqual([ID_A, ID_B]);
    const read = parseSlugRecord(text);
    expect(read.ok && Object.fromEntries(read.record.papers)).toEqual(Object.fromEntries(written.papers));
  });

  it("says what is wrong with a damaged record", () => {
    const problem = (text: string): string => {
      const read = parseSlugRecord(text);
      return read.ok ? "ok" : read.problem;
    };
    expect(problem('{"version": 1, "papers": {')).toMatch(/^not valid JSON \(/);
    expect(problem('{"version": 2, "papers": {}, "retired": []}')).toMatchInlineSnapshot(
      `"version: Invalid input: expected 1"`,
    );
    expect(
      problem(
        `{"version": 1, "papers": {"${ID_A}": "same", "${ID_B}": "Bad Slug"}, "retired": [{"slug": "same", "id": "${ID_C}"}]}`,
      ),
    ).toMatchInlineSnapshot(
      `"papers.bbbbbb2222222222: expected lowercase ASCII words joined by single hyphens; retired.0.slug: the slug same is listed twice"`,
    );
  });
});

/** The report's warnings about the slug record. */
function recordWarnings(file: string): string[] {
  const report = JSON.parse(readFileSync(file, "utf8")) as { warnings: Array<{ file: string; message: string }> };
  return report.warnings.filter((warning) => warning.file.endsWith(SLUGS_FILE)).map((warning) => warning.message);
}

describe("the previous slugs on disk", () => {
  it("come from the pages when the record is damaged, with a warning, and the record is rewritten", async () => {
    const folders = workspace("damaged");
    const report = path.join(folders.out, "..", "report.json");
    await ingestPapers(folders, [B]);
    await ingestPapers(folders, [A, B]);
    const before = slugByPaper(folders.out);
    writeFileSync(path.join(folders.out, SLUGS_FILE), '{"version": 1, "papers": {');
    const result = await ingestPapers(folders, [A, B], "--report", report);
    expect(result.status).toBe(0);
    expect(slugByPaper(folders.out)).toEqual(before);
    expect(recordWarnings(report)).toEqual([
      expect.stringMatching(/^unusable slug record: not valid JSON .*; took the slugs of 2 pages in /),
    ]);
    expect(parseSlugRecord(readFileSync(path.join(folders.out, SLUGS_FILE), "utf8")).ok).toBe(true);
  });

  it("keep the URLs of pages written before there was a record", async () => {
    const folders = workspace("upgrade");
    await ingestPapers(folders, [A, B]);
    // Earlier ingests suffixed every paper of a shared title: make A's page look like one of those.
    const [bare] = pagesOnDisk(folders.out).filter((page) => page.slug === "shared-title");
    if (!bare) throw new Error("expected a page at shared-title");
    const oldSlug = `shared-title-${bare.id.slice(0, 6)}`;
    const content = readFileSync(path.join(folders.out, bare.file), "utf8").replace(
      "slug: shared-title\n",
      `slug: ${oldSlug}\n`,
    );
    rmSync(path.join(folders.out, bare.file));
    rmSync(path.join(folders.out, SLUGS_FILE));
    writeFileSync(path.join(folders.out, `${oldSlug}.mdx`), content);
    const before = slugByPaper(folders.out);
    const result = await ingestPapers(folders, [A, B, C]);
    expect(result.status).toBe(0);
    const after = slugByPaper(folders.out);
    expect(after.get(A.abstract)).toBe(oldSlug);
    expect(after.get(B.abstract)).toBe(before.get(B.abstract));
    expect(new Set(after.values()).size).toBe(3);
  });

  it("are assigned afresh, with a warning, when the record is damaged and there are no pages", async () => {
    const folders = workspace("damaged-empty");
    const report = path.join(folders.out, "..", "report.json");
    mkdirSync(folders.out, { recursive: true });
    writeFileSync(path.join(folders.out, SLUGS_FILE), "[]");
    const result = await ingestPapers(folders, [A, B], "--report", report);
    expect(result.status).toBe(0);
    expect(recordWarnings(report)).toEqual([
      expect.stringMatching(/^unusable slug record: .*; slugs are assigned afresh$/),
    ]);
    expect(slugByPaper(folders.out).get(A.abstract)).toBe("shared-title");
  });

  it("matter less when digests only ever arrive in name order: a run from nothing gives the same URLs", async () => {
    const incremental = workspace("incremental");
    for (const papers of [[A], [A, B], [A, B, C]]) await ingestPapers(incremental, papers);
    const fresh = workspace("fresh");
    await ingestPapers(fresh, [A, B, C]);
    expect(slugByPaper(fresh.out)).toEqual(slugByPaper(incremental.out));
  });
});

/**
 * Papers whose titles collide: three share a base slug, one looks like a suffixed slug of another, one is
 * apart. Each is listed in a digest of its own, so the digest names fix the listing order.
 */
const POOL: TestPaper[] = (() => {
  const shared = [
    { title: "Shared Title", abstract: "First abstract about quantized weights." },
    { title: "shared title!", abstract: "Second abstract about graph learning." },
    { title: "Shared Title", abstract: "Third abstract about sparse experts." },
  ];
  const lookalike = {
    title: `Shared Title ${paperId(shared[1]?.title ?? "", shared[1]?.abstract ?? "").slice(0, 6)}`,
    abstract: "Fourth abstract whose title looks like a suffixed slug.",
  };
  const apart = { title: "Another Paper", abstract: "Fifth abstract that collides with nothing." };
  return [...shared, lookalike, apart].map((paper, index) => ({ ...paper, file: `2024-0${index + 1}.txt` }));
})();

/** Always listed, so a step without any pool paper is still a run that writes pages. */
const FILLER: TestPaper = { file: "2023-12.txt", title: "Unrelated Filler", abstract: "Always here." };

describe("slugs across random ingest histories", () => {
  it("never move while their paper stays, and never show another paper unless it replaced theirs in one run", async () => {
    let runIndex = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(POOL.map((_, index) => index)), { minLength: 2, maxLength: 7 }),
        async (steps) => {
          const folders = workspace(`random-${runIndex++}`);
          /** Per step: paper index → slug shown. */
          const shown: Array<Map<number, string>> = [];
          for (const present of steps) {
            const result = await ingestPapers(folders, [FILLER, ...present.map((index) => POOL[index] as TestPaper)]);
            expect(result.status, result.stdout).toBe(0);
            const pages = pagesOnDisk(folders.out);
            for (const page of pages) expect(page.file).toBe(`${page.slug}.mdx`);
            const byAbstract = new Map(pages.map((page) => [page.abstract, page.slug]));
            const now = new Map(present.map((index) => [index, byAbstract.get(POOL[index]?.abstract ?? "") ?? ""]));
            expect(pages).toHaveLength(present.length + 1);
            const before = shown.at(-1) ?? new Map<number, string>();
            for (const [paper, slug] of now) {
              // A page never moves while its paper stays.
              if (before.has(paper)) expect(slug).toBe(before.get(paper));
              // A URL shows another paper only when that paper replaced its owner in this very run.
              const lastOwner = shown.findLast((step) => [...step].some(([other, s]) => s === slug && other !== paper));
              const owner = lastOwner && [...lastOwner].find(([other, s]) => s === slug && other !== paper)?.[0];
              const ownerSince = lastOwner && shown.lastIndexOf(lastOwner);
              if (owner !== undefined && ownerSince !== undefined) {
                const laterSelf = shown.slice(ownerSince + 1).some((step) => step.get(paper) === slug);
                if (!laterSelf) {
                  expect(ownerSince, `${slug} moved from paper ${owner} to ${paper}`).toBe(shown.length - 1);
                  expect(now.has(owner) || before.has(paper)).toBe(false);
                }
              }
            }
            for (const [paper, slug] of now) {
              // A paper that returns gets its last URL back, unless another paper was shown there since.
              if (before.has(paper)) continue;
              const last = shown.findLastIndex((step) => step.has(paper));
              if (last < 0) continue;
              const lastSlug = shown[last]?.get(paper);
              const takenSince = shown
                .slice(last + 1)
                .concat([now])
                .some((step) => [...step].some(([other, s]) => other !== paper && s === lastSlug));
              if (!takenSince) expect(slug).toBe(lastSlug);
            }
            shown.push(now);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
