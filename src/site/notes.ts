/**
 * The note entries the pages render, by id: the Astro collections that compile `content/notes/`. The ingest has
 * checked them and derived their facts (`Corpus.notes`); a note the derived corpus names without an entry means the
 * two are from different runs.
 */
import type { CollectionEntry } from "astro:content";

export interface NoteEntries {
  papers: Map<string, CollectionEntry<"notes">>;
  topics: Map<string, CollectionEntry<"topicNotes">>;
}

export async function loadNoteEntries(): Promise<NoteEntries> {
  const { getCollection } = await import("astro:content");
  const [papers, topics] = await Promise.all([getCollection("notes"), getCollection("topicNotes")]);
  return {
    papers: new Map(papers.map((entry) => [entry.id, entry])),
    topics: new Map(topics.map((entry) => [entry.id, entry])),
  };
}

/** The entry of a note the derived corpus lists; fails with what to run when the two disagree. */
export function noteEntry<N>(entries: ReadonlyMap<string, N>, id: string, file: string): N {
  const entry = entries.get(id);
  if (entry === undefined) throw new Error(`${file}: the note is not in the notes collection; run \`npm run ingest\``);
  return entry;
}
