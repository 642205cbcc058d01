/**
 * The corpus as pages see it: papers with their topics and related papers, topics with their papers and charts'
 * data, digests with their papers in listing order. Nothing is derived here: the facts come from the derived corpus
 * the ingest wrote (`src/lib/derive-corpus.ts`), and `joinCorpus` only links them to the collection entries.
 * `loadCorpus()` is the thin Astro adapter, read once per build.
 */
import type { CollectionEntry } from "astro:content";
import { AstroError } from "astro/errors";
import { derivedCorpusSchema, type DerivedCorpus } from "../schema/corpus";
import { validatedJson } from "../loaders/validate";
import type { Digest, Paper } from "../schema/paper";
import type { YearCount } from "../lib/charts/year-histogram";
import { deriveCorpus, yearOf } from "../lib/derive-corpus";
import type { TopicNeighbour } from "../lib/topics/co-occurrence";
import type { Taxonomy } from "../schema/taxonomy";
import type { DerivedNote, DerivedTopicNote } from "../schema/note";

/** A paper page's frontmatter plus what the build derived for it. `E` is the collection entry type. */
export interface CorpusPaper<E = CollectionEntry<"papers">> {
  /** The collection entry, for `render()` of the MDX page. */
  entry: E;
  /** Validated frontmatter (`paperSchema`). */
  data: Paper;
  /** Topic slugs, most relevant first: 1–4 of them, or exactly `["other"]`. */
  topics: string[];
  /** Slugs of up to five related papers, most similar first. */
  related: string[];
  /** Year of `data.published`; undefined when the listing gave no date. */
  year: number | undefined;
  /** One-line excerpt of the abstract for listings. */
  teaser: string;
  /** Day of the digest that first listed the paper, when that digest has a date. */
  listed: string | undefined;
  /** BibTeX key, unique in the corpus. */
  citeKey: string;
  /** The owner's note on the paper, when there is one. */
  note?: DerivedNote;
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
  /** Number of papers carrying the topic or a subtopic (equals `papers.length`). */
  count: number;
  /** How many of them carry this topic itself; `count - direct` come only from subtopics. */
  direct: number;
  /** Papers carrying the topic or a subtopic, newest first (undated last, then by title). */
  papers: CorpusPaper<E>[];
  /** Topics sharing papers with this one, most shared first; never `other`. */
  neighbours: TopicNeighbour[];
  /** Dated papers per year, every year from first to last (zeros included); feed it to `papersPerYearSvg`. */
  years: YearCount[];
  /** The owner's essay on the topic, shown above its listing. */
  essay?: DerivedTopicNote;
}

/** A source digest with the slugs of the papers it listed, in listing order (rejected entries left out). */
export interface CorpusDigest extends Digest {
  /** What a reader sees it called; distinct among the digests (`distinctDigestLabels`). */
  label: string;
  papers: string[];
}

/** Everything pages need, with lookups by slug or id. */
export interface Corpus<E = CollectionEntry<"papers">> {
  /** Newest first (undated last, then by title). */
  papers: CorpusPaper<E>[];
  /** Newest arrival first: by the day of the digest that first listed each paper, then by position in it. */
  arrivals: CorpusPaper<E>[];
  paperBySlug: Map<string, CorpusPaper<E>>;
  /** Taxonomy order, `other` included (possibly with zero papers). */
  topics: CorpusTopic<E>[];
  topicBySlug: Map<string, CorpusTopic<E>>;
  /** Newest digest first (undated last, then by id). */
  digests: CorpusDigest[];
  digestById: Map<string, CorpusDigest>;
  /** The search index version (`DerivedCorpus.indexVersion`). */
  indexVersion: string;
  /** Every paper note, orphaned ones included, by file name. */
  notes: DerivedNote[];
  /** Every topic essay, orphaned ones included, by file name. */
  topicNotes: DerivedTopicNote[];
}

let cached: { key: string; corpus: Promise<Corpus> } | undefined;

/**
 * The derived corpus is read from disk when the first page asks for it, not through a content collection: Astro
 * bundles its content store into the build, and a store holding the whole derived corpus made Vite's bundling step
 * the build's memory peak.
 */
async function readDerivedCorpus(): Promise<DerivedCorpus> {
  const [{ readFile }, { derivedCorpusFile }] = await Promise.all([
    import("node:fs/promises"),
    import("virtual:lectern/derived-corpus"),
  ]);
  const text = await readFile(derivedCorpusFile, "utf8").catch(() => undefined);
  if (text === undefined)
    throw new AstroError(`${derivedCorpusFile} is missing`, "Run `npm run ingest`, which derives it.");
  return validatedJson(derivedCorpusSchema, text, derivedCorpusFile);
}

async function derivedCorpusStamp(): Promise<string> {
  const [{ stat }, { derivedCorpusFile }] = await Promise.all([
    import("node:fs/promises"),
    import("virtual:lectern/derived-corpus"),
  ]);
  const info = await stat(derivedCorpusFile).catch(() => undefined);
  return info ? `${String(info.mtimeMs)}:${String(info.size)}` : "missing";
}

/**
 * The corpus of this build, read on first call and shared by every page after that. In `astro dev` the ingest
 * re-runs under a running server when a digest changes, so there the cache is keyed by the entries' content
 * digests; a build never pays for that fingerprint.
 */
export async function loadCorpus(): Promise<Corpus> {
  const { getCollection } = await import("astro:content");
  const key = import.meta.env.DEV
    ? `${fingerprint(await getCollection("papers"), await getCollection("digests"))}|${await derivedCorpusStamp()}`
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
  const [papers, digests, derived] = await Promise.all([
    getCollection("papers"),
    getCollection("digests"),
    readDerivedCorpus(),
  ]);
  return joinCorpus(
    papers,
    digests.map((entry) => entry.data),
    derived,
  );
}

/**
 * Links the derived facts to the collection entries. Fails when the two disagree (pages and `corpus.json` from
 * different ingest runs), since a page listing a paper that has no page would link nowhere.
 */
export function joinCorpus<E extends { data: Paper }>(
  entries: readonly E[],
  digests: readonly Digest[],
  derived: DerivedCorpus,
): Corpus<E> {
  const entryBySlug = new Map(entries.map((entry) => [entry.data.slug, entry]));
  if (entryBySlug.size !== derived.papers.length)
    throw new Error(
      `${String(entryBySlug.size)} paper pages but ${String(derived.papers.length)} derived papers; run \`npm run ingest\``,
    );
  const noteOf = new Map(derived.notes.filter((note) => note.attached).map((note) => [note.id, note]));
  const essayOf = new Map(derived.topicNotes.filter((note) => note.attached).map((note) => [note.id, note]));
  const papers = derived.papers.map((fact): CorpusPaper<E> => {
    const entry = entryBySlug.get(fact.slug);
    if (!entry) throw new Error(`derived paper ${fact.slug} has no page; run \`npm run ingest\``);
    const note = noteOf.get(fact.slug);
    return {
      entry,
      data: entry.data,
      topics: fact.topics,
      related: fact.related,
      year: yearOf(entry.data),
      teaser: fact.teaser,
      listed: fact.listed,
      citeKey: fact.citeKey,
      ...(note ? { note } : {}),
    };
  });
  const paperBySlug = new Map(papers.map((paper) => [paper.data.slug, paper]));
  const paperOf = (slug: string): CorpusPaper<E> => {
    const paper = paperBySlug.get(slug);
    if (!paper) throw new Error(`derived corpus lists ${slug}, which has no page; run \`npm run ingest\``);
    return paper;
  };
  const topics = derived.topics.map(
    ({ slug, name, description, parent, children, papers: slugs, direct, neighbours, years }): CorpusTopic<E> => {
      const essay = essayOf.get(slug);
      return {
        slug,
        name,
        description,
        ...(parent === undefined ? {} : { parent }),
        children,
        count: slugs.length,
        direct,
        papers: slugs.map(paperOf),
        neighbours,
        years,
        ...(essay ? { essay } : {}),
      };
    },
  );
  const digestOf = new Map(digests.map((digest) => [digest.id, digest]));
  const orderedDigests = derived.digests.flatMap(({ id, label }) => {
    const digest = digestOf.get(id);
    const papers = digest?.entries.flatMap((entry) => (entry.slug ? [entry.slug] : []));
    return digest && papers ? [{ ...digest, label, papers }] : [];
  });
  return {
    papers,
    arrivals: derived.arrivals.map(paperOf),
    paperBySlug,
    topics,
    topicBySlug: new Map(topics.map((topic) => [topic.slug, topic])),
    digests: orderedDigests,
    digestById: new Map(orderedDigests.map((digest) => [digest.id, digest])),
    indexVersion: derived.indexVersion,
    notes: derived.notes,
    topicNotes: derived.topicNotes,
  };
}

/** Derivation and join in one step, for tests that start from plain papers. */
export function assembleCorpus<E extends { data: Paper }>(
  entries: readonly E[],
  digests: readonly Digest[],
  taxonomy: Taxonomy,
): Corpus<E> {
  const { corpus } = deriveCorpus(
    entries.map((entry) => entry.data),
    digests,
    taxonomy,
  );
  return joinCorpus(entries, digests, { ...corpus, indexVersion: "000000000000" });
}
