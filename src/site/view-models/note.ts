/**
 * What the site shows of the owner's notes: the facts line of a note (status, rating, tags, last change), the
 * papers its `<Paper>` cards name, and the hash of its source, so a page showing a note changes exactly when the
 * note, its images or a card it names does.
 */
import type { Corpus } from "../corpus";
import { NOTE_STATUS_LABELS } from "../../lib/notes/note-status";
import type { DerivedNote, DerivedTopicNote } from "../../schema/note";
import { relatedCardView, type PaperCardView } from "./card";

export interface NoteView {
  /** The note's file name without `.mdx`. */
  id: string;
  hash: string;
  /** The status as it reads ("To read", "Reading", "Read"). */
  status?: string;
  rating?: number;
  tags: string[];
  updated?: string;
  /** The cards its `<Paper>` components show, by slug. */
  links: PaperCardView[];
  /** It holds math, so its page loads KaTeX's stylesheet. */
  math?: true;
}

/** The cards a note's `<Paper>` components show: title, date and a topic. */
function noteLinks(corpus: Corpus<unknown>, links: readonly string[]): PaperCardView[] {
  return links.flatMap((slug) => {
    const paper = corpus.paperBySlug.get(slug);
    return paper ? [relatedCardView(paper, corpus.topicBySlug, [])] : [];
  });
}

export function noteView(corpus: Corpus<unknown>, note: DerivedNote): NoteView {
  return {
    id: note.id,
    hash: note.hash,
    ...(note.status ? { status: NOTE_STATUS_LABELS[note.status] } : {}),
    ...(note.rating ? { rating: note.rating } : {}),
    tags: note.tags,
    ...(note.updated ? { updated: note.updated } : {}),
    links: noteLinks(corpus, note.links),
    ...(note.math ? { math: true as const } : {}),
  };
}

/** A topic essay carries no frontmatter of its own. */
export function topicNoteView(corpus: Corpus<unknown>, note: DerivedTopicNote): NoteView {
  return {
    id: note.id,
    hash: note.hash,
    tags: [],
    links: noteLinks(corpus, note.links),
    ...(note.math ? { math: true as const } : {}),
  };
}
