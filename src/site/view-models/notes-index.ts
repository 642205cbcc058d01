/**
 * The notes page (`/notes/`): every paper the owner wrote a note on, with the note's facts; every tag; and the
 * orphaned notes (their paper, or topic, is gone), shown whole so nothing the owner wrote is lost.
 */
import { compareCodePoints } from "../../lib/order";
import type { Corpus } from "../corpus";
import { cardLookup, type PaperCardView } from "./card";
import { noteView, topicNoteView, type NoteView } from "./note";

export interface NotedPaperView {
  card: PaperCardView;
  note: NoteView;
}

export interface OrphanedNoteView {
  /** Path from the project root, so the owner knows which file to move or rename. */
  file: string;
  /** A paper note or a topic essay. */
  kind: "paper" | "topic";
  note: NoteView;
}

export interface TagCountView {
  tag: string;
  count: number;
}

export interface NotesIndexView {
  /** Newest paper first, as every listing. */
  papers: NotedPaperView[];
  tags: TagCountView[];
  orphaned: OrphanedNoteView[];
}

/** Each tag with how many notes carry it, in code-point order. */
export function tagCounts(corpus: Corpus<unknown>): TagCountView[] {
  const counts = new Map<string, number>();
  for (const paper of corpus.papers)
    for (const tag of paper.note?.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => compareCodePoints(a, b)).map(([tag, count]) => ({ tag, count }));
}

export function notesIndexView(corpus: Corpus<unknown>): NotesIndexView {
  const card = cardLookup(corpus);
  return {
    papers: corpus.papers.flatMap((paper) => {
      const found = paper.note && card(paper.data.slug);
      return paper.note && found ? [{ card: found, note: noteView(corpus, paper.note) }] : [];
    }),
    tags: tagCounts(corpus),
    orphaned: [
      ...corpus.notes
        .filter((note) => !note.attached)
        .map((note) => ({ file: note.file, kind: "paper" as const, note: noteView(corpus, note) })),
      ...corpus.topicNotes
        .filter((note) => !note.attached)
        .map((note) => ({ file: note.file, kind: "topic" as const, note: topicNoteView(corpus, note) })),
    ],
  };
}
