/**
 * Builds `/papers.json` from the corpus; its shape and contract are `src/schema/papers-json.ts`, which also
 * documents every field.
 */ import { absoluteUrl, digestPath, href, paperPath, topicPath } from "./paths";
import type { Corpus } from "./corpus";
import type { PapersJson } from "../schema/papers-json";
import type { Paper } from "../schema/paper";

export function papersJson(corpus: Corpus<unknown>, site: URL | undefined): PapersJson {
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
      ...sourceFields(data),
      links: data.links,
      topics,
      related,
      appearances: data.appearances,
      ...(data.sources ? { sources: data.sources } : {}),
    })),
  };
}

/** What structured sources add to a paper, each field only when known. */
function sourceFields(data: Paper): Partial<PapersJson["papers"][number]> {
  const fields = {
    arxivId: data.arxivId,
    authors: data.authors,
    categories: data.categories,
    updated: data.updated,
    listedOn: data.listedOn,
    comments: data.comments,
    githubRepo: data.githubRepo,
    githubStars: data.githubStars,
    projectPage: data.projectPage,
    aiSummary: data.aiSummary,
    aiSummaryModel: data.aiSummaryModel,
    keywords: data.keywords,
    machineGenerated: data.machineGenerated,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
