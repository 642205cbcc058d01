/**
 * The owner's notes through the ingest, the first step of every build: a bad note stops it naming `file:line`, an
 * orphaned note is a warning and is kept, and a note stays with its paper across re-ingests and the arrival of a
 * same-titled paper. Also `npm run note`, which finds a paper by words of its title and creates its note.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main as ingestMain } from "../../scripts/ingest/main";
import { main as noteMain } from "../../scripts/note/main";
import { parseNote } from "../../src/lib/notes/parse-note";
import { compareCodePoints } from "../../src/lib/order";
import { isPaperPageName, splitPaperPage } from "../../src/lib/paper-page-file";
import { derivedCorpusSchema } from "../../src/schema/corpus";
import { FIXTURES } from "./support/ingest-fixtures";
import { scratchFolder, type ScratchFolder } from "./support/scratch-folder";

const DUPLICATES = path.join(FIXTURES, "duplicates", "digests");
const scratches: ScratchFolder[] = [];
afterAll(() => {
  for (const scratch of scratches) rmSync(scratch.dir, { recursive: true, force: true });
});

/** A content folder with the given fixture digests in `digests/`; notes go in `notes/` beside them. */
function content(...digests: string[]): ScratchFolder {
  const scratch = scratchFolder("lectern-notes-");
  scratches.push(scratch);
  mkdirSync(path.join(scratch.dir, "digests"));
  for (const digest of digests) copyFileSync(path.join(DUPLICATES, digest), path.join(scratch.dir, "digests", digest));
  return scratch;
}

async function ingest(scratch: ScratchFolder) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await ingestMain(
    ["--digests", path.join(scratch.dir, "digests"), "--out", path.join(scratch.dir, "papers"), "--quiet"],
    {},
    { log: (text) => stdout.push(text), error: (text) => stderr.push(text) },
  );
  return { status, stderr: stderr.join("\n") };
}

const derived = (scratch: ScratchFolder) =>
  derivedCorpusSchema.parse(JSON.parse(readFileSync(path.join(scratch.dir, "papers", "corpus.json"), "utf8")));

/** Search records by URL. */
function records(scratch: ScratchFolder): Map<string, { content: string; filters: Record<string, string[]> }> {
  const lines = readFileSync(path.join(scratch.dir, "papers", "search-records.jsonl"), "utf8")
    .trim()
    .split("\n");
  return new Map(
    lines.map((line) => {
      const record = JSON.parse(line) as { url: string; content: string; filters: Record<string, string[]> };
      return [record.url, record];
    }),
  );
}

/** The slugs of the pages the ingest wrote for papers titled `title`, in code-point order. */
function slugTitled(scratch: ScratchFolder, title: string): string[] {
  const folder = path.join(scratch.dir, "papers");
  return readdirSync(folder)
    .filter(isPaperPageName)
    .sort(compareCodePoints)
    .filter((name) => {
      const file = path.join(folder, name);
      return splitPaperPage(readFileSync(file, "utf8"), file).frontmatter["title"] === title;
    })
    .map((name) => name.slice(0, -".mdx".length));
}

describe("a note through the ingest", () => {
  it("stays with its paper across a re-ingest and the arrival of a same-titled paper", async () => {
    const scratch = content("a.txt");
    expect((await ingest(scratch)).status).toBe(0);
    const [slug] = slugTitled(scratch, "Shared Title");
    if (!slug) throw new Error("the fixture lists a paper titled Shared Title");
    const note = `---\ntags: [outliers]\nstatus: read\n---\n\nMy own words on calibration-free outliers.\n`;
    scratch.write(`notes/${slug}.mdx`, note);
    expect((await ingest(scratch)).status).toBe(0);
    const before = records(scratch).get(`/papers/${slug}/`);
    expect(before?.content).toContain("My own words on calibration-free outliers.");
    expect(before?.filters).toMatchObject({ "has-notes": ["yes"], status: ["Read"], tag: ["outliers"] });

    // b.txt brings another paper titled "Shared Title", with another abstract: a newcomer with a slug of its own.
    copyFileSync(path.join(DUPLICATES, "b.txt"), path.join(scratch.dir, "digests", "b.txt"));
    expect((await ingest(scratch)).status).toBe(0);
    const slugs = new Set(slugTitled(scratch, "Shared Title"));
    expect(slugs.size).toBe(2);
    expect(slugs).toContain(slug);
    const [newcomer] = [...slugs].filter((other) => other !== slug);
    const corpus = derived(scratch);
    expect(corpus.notes.map((each) => [each.id, each.attached])).toEqual([[slug, true]]);
    const after = records(scratch);
    expect(after.get(`/papers/${slug}/`)?.content).toBe(before?.content);
    expect(after.get(`/papers/${newcomer ?? ""}/`)?.filters["has-notes"]).toEqual(["no"]);
    expect(readFileSync(path.join(scratch.dir, "notes", `${slug}.mdx`), "utf8")).toBe(note);
  });

  it("warns about an orphaned note, naming its file, and keeps it as orphaned", async () => {
    const scratch = content("a.txt");
    scratch.write("notes/a-paper-that-left.mdx", "Still worth keeping.\n");
    const run = await ingest(scratch);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/warning: .*notes\/a-paper-that-left\.mdx: no paper has the slug "a-paper-that-left"/);
    expect(derived(scratch).notes).toMatchObject([{ id: "a-paper-that-left", attached: false }]);
    // Kept out of the search index's papers, kept on disk.
    expect([...records(scratch).keys()]).not.toContain("/papers/a-paper-that-left/");
    expect(readFileSync(path.join(scratch.dir, "notes", "a-paper-that-left.mdx"), "utf8")).toBe(
      "Still worth keeping.\n",
    );
  });

  it("stops on a bad note, naming file:line for every problem", async () => {
    const scratch = content("a.txt");
    // The fixture's "Shared Title" paper, alone in a.txt, has the bare slug.
    scratch.write("notes/shared-title.mdx", 'Fine so far.\n\n<Paper slug="no-such-paper" />\n');
    scratch.write("notes/broken.mdx", '---\nstatus: read\n---\n\nA paragraph.\n\n<Callout type="idea">\nunclosed {\n');
    const run = await ingest(scratch);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/notes\/shared-title\.mdx:3: <Paper slug="no-such-paper">: no paper has this slug/);
    expect(run.stderr).toMatch(/notes\/broken\.mdx:8: invalid MDX/);
  });
});

describe("parseNote", () => {
  it("locates problems in the frontmatter, the components and the math on their lines", () => {
    const reading = parseNote(
      '---\nstatus: done\nrating: 9\ncolour: red\n---\n\n<Figure src="x.png" />\n\n<Callout type="tip">a</Callout>\n\n$\\frac{1}$\n',
      "n.mdx",
    );
    expect(reading.ok).toBe(false);
    const problems = reading.ok ? [] : reading.problems.map((problem) => [problem.line, problem.message.slice(0, 24)]);
    expect(problems).toEqual([
      [2, "Invalid option: expected"],
      [3, "Too big: expected number"],
      [4, 'unknown field "colour"; '],
      [7, '<Figure> needs alt="…" ('],
      [9, '<Callout type="tip">: th'],
      [11, "math KaTeX cannot read: "],
    ]);
  });

  it("reads the papers and figures a note names, and its words", () => {
    const reading = parseNote(
      'Intro.\n\nSee <Paper slug="a-paper" /> and $x^2$.\n\n<Figure src="plot.png" alt="A plot" caption="Loss" />\n',
      "n.mdx",
    );
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.note.papers).toEqual([{ value: "a-paper", line: 3 }]);
    expect(reading.note.figures).toEqual([{ value: "plot.png", line: 5 }]);
    expect(reading.note.math).toBe(true);
    expect(reading.note.text).toContain("Intro.");
    expect(reading.note.text).toContain("A plot Loss");
  });
});

describe("npm run note", () => {
  async function note(scratch: ScratchFolder, ...words: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const args = ["--papers", path.join(scratch.dir, "papers"), "--notes", path.join(scratch.dir, "notes"), ...words];
    const status = await noteMain(
      args,
      {},
      { log: (text) => stdout.push(text), error: (text) => stderr.push(text) },
      "2026-12-01",
    );
    return { status, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
  }

  it("creates the note of the one paper the words fit, with frontmatter the ingest accepts, and never overwrites it", async () => {
    const scratch = content("a.txt");
    await ingest(scratch);
    const created = await note(scratch, "sparse", "EXPERTS");
    expect(created.status, created.stderr).toBe(0);
    const file = path.join(scratch.dir, "notes", "moe-sparse-experts.mdx");
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^---\ntags: \[\]\nstatus: to-read\nupdated: 2026-12-01\n---\n/);
    const reading = parseNote(text, file);
    expect(reading.ok).toBe(true);
    expect((await ingest(scratch)).status).toBe(0);
    expect(derived(scratch).notes.map((each) => each.id)).toEqual(["moe-sparse-experts"]);
    const again = await note(scratch, "sparse experts");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("exists already");
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("lists the candidates when the words fit several papers, and takes a slug to pick one", async () => {
    const scratch = content("a.txt", "b.txt");
    await ingest(scratch);
    const several = await note(scratch, "shared", "title");
    expect(several.status).toBe(1);
    const slugs = slugTitled(scratch, "Shared Title");
    for (const slug of slugs) expect(several.stderr).toContain(slug);
    const picked = await note(scratch, slugs[1] ?? "");
    expect(picked.status, picked.stderr).toBe(0);
    const none = await note(scratch, "nothing like this");
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("no paper's title holds every word");
  });
});
