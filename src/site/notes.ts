/**
 * The note entries the pages render, by id: the Astro collections that compile `content/notes/`. The ingest has
 * checked them and derived their facts (`Corpus.notes`); a note the derived corpus names without an entry means the
 * two are from different runs.
 */
import type { CollectionEntry } from "astro:content";
import type { Corpus } from "./corpus";

export interface NoteEntries {
  papers: Map<string, CollectionEntry<"notes">>;
  topics: Map<string, CollectionEntry<"topicNotes">>;
}

/**
 * A collection the derived corpus says is empty is not asked for: a site without notes is a normal state, and Astro
 * warns about every empty collection a page asks for.
 */
export async function loadNoteEntries(corpus: Pick<Corpus, "notes" | "topicNotes">): Promise<NoteEntries> {
  const { getCollection } = await import("astro:content");
  const [papers, topics] = await Promise.all([
    corpus.notes.length > 0 ? getCollection("notes") : [],
    corpus.topicNotes.length > 0 ? getCollection("topicNotes") : [],
  ]);
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
