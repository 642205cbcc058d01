/**
 * Cache keys for Astro's incremental static builds (`experimental.incrementalBuild`): a page whose key and code are
 * both unchanged since the last build is copied from that build instead of rendered. Astro hashes the code (the
 * page's module graph, CSS and client scripts included); the key must cover every piece of *data* the page shows.
 * A key that misses an input serves a stale page, so keys over-approximate: a paper's card key covers its whole
 * page file, not only the fields a card prints. The taxonomy is read from disk at run time, outside Astro's module
 * graph, so every key includes it.
 *
 * When a page starts showing new corpus data, its key here must grow with it; the e2e suite's incremental test
 * (a rebuild after adding a digest must equal a clean build byte for byte) catches the common misses.
 */
import { createHash } from "node:crypto";
import type { Corpus, CorpusPaper, CorpusTopic } from "../corpus";
import { digestLabel } from "./digest-label";
import { digestNeighbours } from "./digest-neighbours";

/** What a key needs of a paper's collection entry: Astro's content digest of its page file, when known. */
interface KeyedEntry {
  digest?: string | number | undefined;
}

const hashOf = (...parts: readonly unknown[]): string => {
  const hash = createHash("sha256");
  // Wrapped in an array: JSON.stringify of a bare `undefined` is not a string.
  for (const part of parts) hash.update(JSON.stringify([part])).update("\0");
  return hash.digest("base64url").slice(0, 22);
};

export interface PageCacheKeys {
  paper(paper: CorpusPaper<KeyedEntry>): string;
  digest(id: string): string;
  /** One page of a paginated topic listing: its papers and where it sits among the topic's pages. */
  topicPage(topic: CorpusTopic<KeyedEntry>, papers: readonly CorpusPaper<KeyedEntry>[], pageNumber: number): string;
  /** Files listing every paper of a topic (feed, BibTeX). */
  topicFile(topic: CorpusTopic<KeyedEntry>): string;
}

const keysByCorpus = new WeakMap<Corpus<KeyedEntry>, PageCacheKeys>();

/** The keys of one build's corpus; every route shares one instance, so each card is hashed once. */
export function pageCacheKeys(corpus: Corpus<KeyedEntry>): PageCacheKeys {
  let keys = keysByCorpus.get(corpus);
  if (keys === undefined) {
    keys = createPageCacheKeys(corpus);
    keysByCorpus.set(corpus, keys);
  }
  return keys;
}

function createPageCacheKeys(corpus: Corpus<KeyedEntry>): PageCacheKeys {
  const taxonomyKey = hashOf(
    corpus.topics.map(({ slug, name, description, parent, children }) => [slug, name, description, parent, children]),
  );
  const cardKeys = new Map<CorpusPaper<KeyedEntry>, string>();
  /** Everything a paper contributes to any page: its page file (frontmatter and abstract) and its topics. */
  const card = (paper: CorpusPaper<KeyedEntry>): string => {
    let key = cardKeys.get(paper);
    if (key === undefined) {
      const content = paper.entry.digest === undefined ? paper.data : String(paper.entry.digest);
      key = hashOf(content, paper.topics);
      cardKeys.set(paper, key);
    }
    return key;
  };
  const cardOf = (slug: string | undefined): string => {
    const paper = slug === undefined ? undefined : corpus.paperBySlug.get(slug);
    return paper ? card(paper) : "";
  };
  const topicHeader = (topic: CorpusTopic<KeyedEntry>): string =>
    hashOf(topic.slug, topic.count, topic.neighbours, topic.years);

  return {
    paper: (paper) => {
      const walks = paper.data.appearances.flatMap(({ digest: id }) => {
        const digest = corpus.digestById.get(id);
        if (!digest) return [];
        const { previous, next } = digestNeighbours(digest, paper.data.slug);
        return [[id, digestLabel(digest), cardOf(previous), cardOf(next)]];
      });
      return hashOf(taxonomyKey, card(paper), paper.related.map(cardOf), walks);
    },
    digest: (id) => {
      const digest = corpus.digestById.get(id);
      return hashOf(taxonomyKey, digest, digest?.papers.map(cardOf));
    },
    topicPage: (topic, papers, pageNumber) => hashOf(taxonomyKey, topicHeader(topic), pageNumber, papers.map(card)),
    topicFile: (topic) => hashOf(taxonomyKey, topicHeader(topic), topic.papers.map(card)),
  };
}
