/**
 * `npm run note -- "words of the title"`: finds the paper and creates `content/notes/<slug>.mdx` with its
 * frontmatter, or lists the candidates when the words fit several papers. Never overwrites a note.
 * Exit codes: 0 note created, 1 no paper or several, or the note exists already, 2 usage error.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { isPaperPageName, splitPaperPage } from "../../src/lib/paper-page-file";
import { DEFAULT_NOTES_DIR, papersDir } from "../../src/lib/project-files";
import { matchingPapers, type TitledPaper } from "./find-paper";
import { newNote } from "./note-file";

export interface NoteOutput {
  log: (text: string) => void;
  error: (text: string) => void;
}

export const NOTE_USAGE = `Usage: npm run note -- [--papers DIR] [--notes DIR] "words of the title"

Finds the paper whose title holds every word and creates its note, content/notes/<slug>.mdx.

  --papers DIR  the generated paper pages (default: $LECTERN_PAPERS_DIR or content/papers)
  --notes DIR   where notes live (default: content/notes)`;

/** Candidates listed at most when the words fit many papers. */
const LISTED = 20;

async function readTitles(folder: string): Promise<TitledPaper[]> {
  const names = (await readdir(folder)).filter(isPaperPageName);
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      const { frontmatter } = splitPaperPage(await readFile(file, "utf8"), file);
      return { slug: name.slice(0, -".mdx".length), title: String(frontmatter["title"]) };
    }),
  );
}

export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  output: NoteOutput,
  today: string,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { papers: { type: "string" }, notes: { type: "string" }, help: { type: "boolean", default: false } },
    });
  } catch (error) {
    output.error(`note: ${error instanceof Error ? error.message : String(error)}\n\n${NOTE_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    output.log(NOTE_USAGE);
    return 0;
  }
  const query = parsed.positionals.join(" ").trim();
  if (!query) {
    output.error(`note: give some words of the paper's title\n\n${NOTE_USAGE}`);
    return 2;
  }
  const papers = parsed.values.papers ?? papersDir(env);
  if (!existsSync(papers)) {
    output.error(`note: no paper pages in ${papers}; run \`npm run ingest\` first`);
    return 1;
  }
  const found = matchingPapers(await readTitles(papers), query);
  if (found.length !== 1) {
    if (found.length === 0) output.error(`note: no paper's title holds every word of "${query}"`);
    else {
      const listed = found.slice(0, LISTED).map((paper) => `  ${paper.slug}  ${paper.title}`);
      const more = found.length > LISTED ? [`  … and ${String(found.length - LISTED)} more`] : [];
      output.error(
        [`note: ${String(found.length)} papers fit "${query}"; add words, or give the slug:`, ...listed, ...more].join(
          "\n",
        ),
      );
    }
    return 1;
  }
  const [paper] = found as [TitledPaper];
  const notes = parsed.values.notes ?? DEFAULT_NOTES_DIR;
  const file = path.join(notes, `${paper.slug}.mdx`);
  if (existsSync(file)) {
    output.error(`note: ${file} exists already; edit it (nothing was overwritten)`);
    return 1;
  }
  await mkdir(notes, { recursive: true });
  await writeFile(file, newNote(paper.title, today), { flag: "wx" });
  output.log(`note: created ${file} for "${paper.title}"`);
  return 0;
}
