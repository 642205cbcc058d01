/**
 * The shape of `/papers.json`, the whole corpus as data. Stable contract (additive changes only):
 *
 * {
 *   "version": 1,
 *   "generated"?: "2025-01-31T00:00:00.000Z",  // as of: the newest digest's date (else newest paper's), ISO 8601
 *   "site": "https://user.github.io/repo/",     // absolute base URL of the site
 *   "topics": [{ "slug", "name", "description", "parent"?, "count", "url" }],
 *   "digests": [{ "id", "file", "date"?, "dateInferred", "url", "papers": ["<slug>", ...] }],  // listing order
 *   "papers": [{
 *     "id", "slug", "url", "title", "abstract",     // abstract: plain text, paragraphs split by a blank line
 *     "published"?, "publishedInferred",           // day YYYY-MM-DD; true when its year was inferred
 *     "upvotes"?, "authorsCount"?, "organization"?: { "handle", "name" },
 *     "links": [{ "url", "kind": "code" | "project" | "other" }],
 *     "topics": ["<topic slug>", ...],              // most relevant first
 *     "related": ["<paper slug>", ...],             // most similar first
 *     "appearances": [{ "digest", "position", "line" }]
 *   }]                                              // newest first
 * }
 *
 * `generated` comes from the content rather than the clock, so the same digests give a byte-identical file (and
 * an incremental build need not rewrite it); it is absent when nothing in the corpus is dated.
 */
import { absoluteUrl, digestPath, href, paperPath, topicPath } from "./paths";
import type { Corpus } from "./corpus";

export function papersJson(corpus: Corpus, site: URL | undefined): unknown {
  const asOf = corpus.digests[0]?.date ?? corpus.papers[0]?.data.published;
  return {
    version: 1,
    ...(asOf === undefined ? {} : { generated: new Date(`${asOf}T00:00:00Z`).toISOString() }),
    site: absoluteUrl(href(), site),
    topics: corpus.topics.map((topic) => ({
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      ...(topic.parent ? { parent: topic.parent } : {}),
      count: topic.count,
      url: absoluteUrl(topicPath(topic.slug), site),
    })),
    digests: corpus.digests.map((digest) => ({
      id: digest.id,
      file: digest.file,
      ...(digest.date ? { date: digest.date } : {}),
      dateInferred: digest.dateInferred,
      url: absoluteUrl(digestPath(digest.id), site),
      papers: digest.entries.flatMap((entry) => entry.slug ?? []),
    })),
    papers: corpus.papers.map(({ data, topics, related }) => ({
      id: data.id,
      slug: data.slug,
      url: absoluteUrl(paperPath(data.slug), site),
      title: data.title,
      abstract: data.abstract,
      ...(data.published ? { published: data.published } : {}),
      publishedInferred: data.inferred.includes("published"),
      ...(data.upvotes !== undefined ? { upvotes: data.upvotes } : {}),
      ...(data.authorsCount !== undefined ? { authorsCount: data.authorsCount } : {}),
      ...(data.organization ? { organization: data.organization } : {}),
      links: data.links,
      topics,
      related,
      appearances: data.appearances,
    })),
  };
}
