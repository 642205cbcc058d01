/**
 * Everything the build knows about the corpus as a whole, derived once from the validated papers, the digest
 * catalogue and the taxonomy: each paper's topics, related papers, first listing and BibTeX key, the newest-first
 * orders (by publication and by arrival), each topic's papers, neighbours and year histogram, and the search records. The ingest runs it and writes the result beside the pages;
 * nothing downstream derives these facts again.
 */
import type { DerivedCorpus, DerivedTopic } from "../schema/corpus";
import type { Digest, Paper } from "../schema/paper";
import { firstListings, newestArrivalsFirst, oldestArrivalsFirst } from "./arrivals";
import { assignCiteKeys, citeKeyBase } from "./cite/cite-keys";
import { yearHistogram } from "./charts/year-histogram";
import { distinctDigestLabels } from "./digest-label";
import { excerpt } from "./format";
import { relatedDocuments } from "./related/related";
import { searchRecord } from "./search/search-record";
import type { ShardInput } from "./search/shards";
import { byDigestDate, byNewest } from "./order";
import { assignTopics, compileTaxonomy } from "./topics/assign";
import { topicNeighbours } from "./topics/co-occurrence";
import { topicDistribution, type TopicDistribution } from "./topics/distribution";
import type { Taxonomy } from "../schema/taxonomy";
import type { DerivedNote, DerivedTopicNote } from "../schema/note";

/** How many co-occurring topics a topic lists. */
const TOPIC_NEIGHBOURS = 6;

/** The derived corpus before its index version, which hashes the search records at the edge that writes them. */
export interface Derivation {
  corpus: Omit<DerivedCorpus, "indexVersion">;
  /** One per paper, in the order of `corpus.papers`, with the digests that place it in a search shard. */
  searchRecords: ShardInput[];
  /** Topic counts and shares, for the build log. */
  distribution: TopicDistribution;
}

/** The owner's notes as the ingest read them: the facts the site shows, and each paper note's words for search. */
export interface NotesInput {
  notes: readonly DerivedNote[];
  topicNotes: readonly DerivedTopicNote[];
  /** The plain text of each attached paper note, by paper slug. */
  text: ReadonlyMap<string, string>;
}

const NO_NOTES: NotesInput = { notes: [], topicNotes: [], text: new Map() };

export function deriveCorpus(
  papers: readonly Paper[],
  digests: readonly Digest[],
  taxonomy: Taxonomy,
  notes: NotesInput = NO_NOTES,
): Derivation {
  const newestFirst = [...papers].sort(byNewest);
  const matchers = compileTaxonomy(taxonomy);
  const topicsOf = new Map(newestFirst.map((paper) => [paper.slug, assignTopics(paper, matchers).topics]));
  const related = relatedDocuments(newestFirst.map(({ slug, title, abstract }) => ({ key: slug, title, abstract })));
  const assigned = newestFirst.map((paper) => topicsOf.get(paper.slug) ?? []);
  const topicName = new Map(taxonomy.topics.map((topic) => [topic.slug, topic.name]));
  const parentOf = new Map(taxonomy.topics.map((topic) => [topic.slug, topic.parent]));
  const listings = firstListings(newestFirst, digests);
  const paperBySlug = new Map(newestFirst.map((paper) => [paper.slug, paper]));
  const citeKeys = assignCiteKeys(oldestArrivalsFirst(listings).flatMap((slug) => paperBySlug.get(slug) ?? []));
  const digestLabels = distinctDigestLabels(digests);
  const noteOf = new Map(
    notes.notes
      .filter((note) => note.attached)
      .map((note) => [note.id, { ...note, text: notes.text.get(note.id) ?? "" }]),
  );
  return {
    corpus: {
      version: 1,
      papers: newestFirst.map((paper, index) => ({
        slug: paper.slug,
        topics: assigned[index] ?? [],
        related: (related.get(paper.slug) ?? []).map((match) => match.key),
        teaser: excerpt(paper.abstract),
        ...listedDay(listings.get(paper.slug)?.day),
        citeKey: citeKeys.get(paper.slug) ?? citeKeyBase(paper),
      })),
      topics: deriveTopics(newestFirst, assigned, taxonomy),
      digests: [...digests]
        .sort(byDigestDate)
        .map((digest) => ({ id: digest.id, label: digestLabels.get(digest.id) ?? digest.id })),
      arrivals: newestArrivalsFirst(listings),
      notes: [...notes.notes],
      topicNotes: [...notes.topicNotes],
    },
    searchRecords: newestFirst.map((paper, index) => ({
      record: searchRecord(
        paper,
        // A broad topic's filter finds its subtopics' papers too, as its page lists them.
        withAncestors(assigned[index] ?? [], parentOf).map((slug) => topicName.get(slug) ?? slug),
        digestLabels,
        noteOf.get(paper.slug),
      ),
      digests: paper.appearances.map((appearance) => appearance.digest),
    })),
    distribution: topicDistribution(assigned, taxonomy),
  };
}

const listedDay = (day: string | undefined): { listed?: string } => (day === undefined ? {} : { listed: day });

/**
 * Topics in taxonomy order; `papers` newest first and `assigned` their topics, index for index. A topic lists its
 * own papers and those of every topic below it, so a broad topic is never emptier than its subtopics.
 */
function deriveTopics(
  papers: readonly Paper[],
  assigned: readonly (readonly string[])[],
  taxonomy: Taxonomy,
): DerivedTopic[] {
  const neighbours = topicNeighbours(assigned, TOPIC_NEIGHBOURS);
  const parentOf = new Map(taxonomy.topics.map((topic) => [topic.slug, topic.parent]));
  const members = new Map<string, Paper[]>();
  const direct = new Map<string, number>();
  papers.forEach((paper, index) => {
    const own = assigned[index] ?? [];
    for (const slug of own) direct.set(slug, (direct.get(slug) ?? 0) + 1);
    for (const slug of withAncestors(own, parentOf)) {
      const list = members.get(slug);
      if (list) list.push(paper);
      else members.set(slug, [paper]);
    }
  });
  return taxonomy.topics.map((topic) => {
    const topicPapers = members.get(topic.slug) ?? [];
    return {
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      ...(topic.parent === undefined ? {} : { parent: topic.parent }),
      children: taxonomy.topics.filter((child) => child.parent === topic.slug).map((child) => child.slug),
      papers: topicPapers.map((paper) => paper.slug),
      direct: direct.get(topic.slug) ?? 0,
      neighbours: neighbours.get(topic.slug) ?? [],
      years: yearHistogram(topicPapers.map((paper) => yearOf(paper))),
    };
  });
}

/** The topics, then every broader topic above them (the taxonomy schema rejects parent cycles), each once. */
function withAncestors(topics: readonly string[], parentOf: ReadonlyMap<string, string | undefined>): string[] {
  const all = new Set(topics);
  for (const slug of topics)
    for (let parent = parentOf.get(slug); parent !== undefined; parent = parentOf.get(parent)) all.add(parent);
  return [...all];
}

/** Year of a paper's publication day; undefined when the listing gave no date. */
export function yearOf(paper: Paper): number | undefined {
  return paper.published === undefined ? undefined : Number(paper.published.slice(0, 4));
}
