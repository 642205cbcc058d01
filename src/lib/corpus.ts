/**
 * The corpus as pages see it: papers with their topics and related papers, topics with their papers and charts'
 * data, digests with their papers in listing order. `loadCorpus()` is the thin Astro adapter (computed once per
 * build); `assembleCorpus()` is the pure part, testable with plain objects.
 */
import type { CollectionEntry } from "astro:content";
import type { Digest, Paper } from "../schema/paper";
import { yearHistogram, type YearCount } from "./charts/year-histogram";
import { excerpt } from "./format/excerpt";
import { relatedDocuments, type RelatedMatch } from "./related/related";
import { byDigestDate, byNewest } from "./site/order";
import { assignTopics, compileTaxonomy, type TopicScore } from "./topics/assign";
import { topicNeighbours, type TopicNeighbour } from "./topics/co-occurrence";
import { formatTopicDistribution, topicDistribution, type TopicDistribution } from "./topics/distribution";
import { loadTaxonomy } from "./topics/load-taxonomy";
import type { Taxonomy } from "./topics/schema";

/** How many co-occurring topics a topic lists. */
const TOPIC_NEIGHBOURS = 6;

/** A paper page's frontmatter plus what the build derived for it. `E` is the collection entry type. */
export interface CorpusPaper<E = CollectionEntry<"papers">> {
  /** The collection entry, for `render()` of the MDX page. */
  entry: E;
  /** Validated frontmatter (`paperSchema`). */
  data: Paper;
  /** Topic slugs, most relevant first: 1–4 of them, or exactly `["other"]`. */
  topics: string[];
  /** Why each topic was given (score and matched phrases), in the order of `topics`. */
  topicScores: TopicScore[];
  /** Slugs of up to five related papers, most similar first. */
  related: string[];
  /** The same related papers with their cosine similarity (0–1). */
  relatedScores: RelatedMatch[];
  /** Year of `data.published`; undefined when the listing gave no date. */
  year: number | undefined;
  /** One-line excerpt of the abstract for listings; computed once, since a paper appears in many listings. */
  teaser: string;
}

/** A taxonomy topic with its papers. */
export interface CorpusTopic<E = CollectionEntry<"papers">> {
  slug: string;
  name: string;
  /** One sentence. */
  description: string;
  /** Slug of the broader topic, when the taxonomy names one. */
  parent?: string;
  /** Slugs of topics whose parent is this one, in taxonomy order. */
  children: string[];
  /** Number of papers carrying the topic (equals `papers.length`). */
  count: number;
  /** Papers carrying the topic, newest first (undated last, then by title). */
  papers: CorpusPaper<E>[];
  /** Topics sharing papers with this one, most shared first; never `other`. */
  neighbours: TopicNeighbour[];
  /** Dated papers per year, every year from first to last (zeros included); feed it to `papersPerYearSvg`. */
  years: YearCount[];
}

/** A source digest with the slugs of the papers it listed, in listing order (rejected entries left out). */
export interface CorpusDigest extends Digest {
  papers: string[];
}

/** Everything pages need, with lookups by slug or id. */
export interface Corpus<E = CollectionEntry<"papers">> {
  /** Newest first (undated last, then by title). */
  papers: CorpusPaper<E>[];
  paperBySlug: Map<string, CorpusPaper<E>>;
  /** Taxonomy order, `other` included (possibly with zero papers). */
  topics: CorpusTopic<E>[];
  topicBySlug: Map<string, CorpusTopic<E>>;
  /** Newest digest first (undated last, then by id). */
  digests: CorpusDigest[];
  digestById: Map<string, CorpusDigest>;
  /** Topic counts and shares, as printed in the build log. */
  distribution: TopicDistribution;
}

let cached: { key: string; corpus: Promise<Corpus> } | undefined;

/**
 * The corpus of this build, computed on first call and shared by every page after that. In `astro dev` the
 * collections change under a running server (the ingest re-runs when a digest changes), so there the cache is
 * keyed by the entries' content digests; a build never pays for that fingerprint.
 */
export async function loadCorpus(): Promise<Corpus> {
  const { getCollection } = await import("astro:content");
  const key = import.meta.env.DEV
    ? fingerprint(await getCollection("papers"), await getCollection("digests"))
    : "build";
  if (cached?.key !== key) cached = { key, corpus: readCorpus(getCollection) };
  return cached.corpus;
}

function fingerprint(
  ...collections: ReadonlyArray<ReadonlyArray<{ id: string; digest?: string | number | undefined }>>
): string {
  return collections
    .map((entries) => entries.map((entry) => `${entry.id}:${String(entry.digest ?? "")}`).join())
    .join("|");
}

async function readCorpus(getCollection: typeof import("astro:content").getCollection): Promise<Corpus> {
  const [papers, digests] = await Promise.all([getCollection("papers"), getCollection("digests")]);
  const corpus = assembleCorpus(
    papers,
    digests.map((entry) => entry.data),
    loadTaxonomy(),
  );
  // Once per build (and per change in dev), thanks to the cache above: the taxonomy's health at a glance.
  console.log(formatTopicDistribution(corpus.distribution));
  return corpus;
}

/** Pure assembly: topics, related papers, per-topic views and lookups from validated inputs. */
export function assembleCorpus<E extends { data: Paper }>(
  entries: readonly E[],
  digests: readonly Digest[],
  taxonomy: Taxonomy,
): Corpus<E> {
  const papers = derivePapers(entries, taxonomy).sort((a, b) => byNewest(a.data, b.data));
  const topics = deriveTopics(papers, taxonomy);
  const sortedDigests = digests
    .map((digest) => ({ ...digest, papers: digest.entries.flatMap((entry) => (entry.slug ? [entry.slug] : [])) }))
    .sort(byDigestDate);
  return {
    papers,
    paperBySlug: new Map(papers.map((paper) => [paper.data.slug, paper])),
    topics,
    topicBySlug: new Map(topics.map((topic) => [topic.slug, topic])),
    digests: sortedDigests,
    digestById: new Map(sortedDigests.map((digest) => [digest.id, digest])),
    distribution: topicDistribution(
      papers.map((paper) => paper.topics),
      taxonomy,
    ),
  };
}

function derivePapers<E extends { data: Paper }>(entries: readonly E[], taxonomy: Taxonomy): CorpusPaper<E>[] {
  const matchers = compileTaxonomy(taxonomy);
  const related = relatedDocuments(
    entries.map(({ data }) => ({ key: data.slug, title: data.title, abstract: data.abstract })),
  );
  return entries.map((entry) => {
    const assignment = assignTopics(entry.data, matchers);
    const relatedScores = related.get(entry.data.slug) ?? [];
    return {
      entry,
      data: entry.data,
      topics: assignment.topics,
      topicScores: assignment.scores,
      related: relatedScores.map((match) => match.key),
      relatedScores,
      year: entry.data.published === undefined ? undefined : Number(entry.data.published.slice(0, 4)),
      teaser: excerpt(entry.data.abstract),
    };
  });
}

/** Topic views in taxonomy order; `papers` must already be newest first. */
function deriveTopics<E>(papers: readonly CorpusPaper<E>[], taxonomy: Taxonomy): CorpusTopic<E>[] {
  const neighbours = topicNeighbours(
    papers.map((paper) => paper.topics),
    TOPIC_NEIGHBOURS,
  );
  return taxonomy.topics.map((topic) => {
    const topicPapers = papers.filter((paper) => paper.topics.includes(topic.slug));
    return {
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      ...(topic.parent === undefined ? {} : { parent: topic.parent }),
      children: taxonomy.topics.filter((child) => child.parent === topic.slug).map((child) => child.slug),
      count: topicPapers.length,
      papers: topicPapers,
      neighbours: neighbours.get(topic.slug) ?? [],
      years: yearHistogram(topicPapers.map((paper) => paper.year)),
    };
  });
}
