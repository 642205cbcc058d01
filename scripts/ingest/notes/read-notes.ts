/**
 * Reads the owner's notes (`content/notes/*.mdx`, topic essays in `content/notes/topics/*.mdx`) and checks them
 * against the corpus the ingest has just built: every `<Paper slug>` names a paper, every `<Figure src>` an image in
 * `content/notes/images/`. Those mistakes, and invalid MDX or frontmatter, are errors with `file:line` that stop
 * the build; a note whose paper (or topic) is gone is a warning, and the note is kept and listed as orphaned.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { NotesInput } from "../../../src/lib/derive-corpus";
import type { InputProblem } from "../../../src/lib/input-problems";
import { NOTE_IMAGES_DIR } from "../../../src/lib/notes/components";
import { parseNote, type ParsedNote } from "../../../src/lib/notes/parse-note";
import { compareCodePoints } from "../../../src/lib/order";
import type { DerivedNote, DerivedTopicNote } from "../../../src/schema/note";

export interface NotesReading {
  notes: NotesInput;
  /** Each one stops the build. */
  errors: InputProblem[];
  /** Orphaned notes: reported, and kept. */
  warnings: InputProblem[];
}

/** The folder's `.mdx` files in code-point order; a missing folder holds none. */
async function noteFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => []);
  return names.filter((name) => name.endsWith(".mdx") && !name.startsWith(".")).sort(compareCodePoints);
}

interface ReadNote {
  id: string;
  file: string;
  note: ParsedNote;
  hash: string;
}

/**
 * `root` is the project root (messages name files from it); `papers` and `topics` are the slugs that exist.
 */
export async function readNotes(
  root: string,
  notesDir: string,
  papers: ReadonlySet<string>,
  topics: ReadonlySet<string>,
): Promise<NotesReading> {
  const errors: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const folder = path.resolve(root, notesDir);
  const images = path.resolve(root, NOTE_IMAGES_DIR);
  // An orphaned note's cards are not checked: its paper left with others, and the note is kept as it is.
  const readFolder = async (sub: string, isAttached: (id: string) => boolean): Promise<ReadNote[]> => {
    const read: ReadNote[] = [];
    for (const name of await noteFiles(path.join(folder, sub))) {
      const absolute = path.join(folder, sub, name);
      const file = path.relative(root, absolute);
      const source = await readFile(absolute, "utf8");
      const reading = parseNote(source, file);
      if (!reading.ok) {
        errors.push(...reading.problems);
        continue;
      }
      const id = name.slice(0, -".mdx".length);
      const hash = createHash("sha256").update(source);
      for (const paper of reading.note.papers)
        if (isAttached(id) && !papers.has(paper.value))
          errors.push({
            file,
            line: paper.line,
            message: `<Paper slug="${paper.value}">: no paper has this slug; copy it from the paper's address, /papers/<slug>/`,
          });
      for (const figure of reading.note.figures) {
        const image = await readFile(path.join(images, figure.value)).catch(() => undefined);
        if (image === undefined || path.basename(figure.value) !== figure.value)
          errors.push({
            file,
            line: figure.line,
            message: `<Figure src="${figure.value}">: no such image; put it in ${NOTE_IMAGES_DIR}/ and give its file name`,
          });
        else hash.update(image);
      }
      read.push({ id, file, note: reading.note, hash: hash.digest("hex").slice(0, 12) });
    }
    return read;
  };
  const paperNotes = await readFolder("", (id) => papers.has(id));
  const topicNotes = await readFolder("topics", (id) => topics.has(id));
  const links = (note: ParsedNote): string[] => [...new Set(note.papers.map((paper) => paper.value))];
  const notes = paperNotes.map(({ id, file, note, hash }): DerivedNote => {
    const attached = papers.has(id);
    if (!attached)
      warnings.push({
        file,
        message: `no paper has the slug "${id}" any more; the note is kept and listed on /notes/ as orphaned (rename it to the paper's new slug to attach it again)`,
      });
    const { tags, status, rating, updated } = note.frontmatter;
    return {
      id,
      file,
      attached,
      tags: [...new Set(tags ?? [])],
      ...(status ? { status } : {}),
      ...(rating ? { rating } : {}),
      ...(updated ? { updated } : {}),
      links: links(note),
      math: note.math,
      hash,
    };
  });
  const essays = topicNotes.map(({ id, file, note, hash }): DerivedTopicNote => {
    const attached = topics.has(id);
    if (!attached)
      warnings.push({
        file,
        message: `no topic has the slug "${id}"; the essay is kept and listed on /notes/ as orphaned`,
      });
    return { id, file, attached, links: links(note), math: note.math, hash };
  });
  const text = new Map(paperNotes.map(({ id, note }) => [id, note.text]));
  return { notes: { notes, topicNotes: essays, text }, errors, warnings };
}
