/** Loads the corpus once per build and shapes it for pages; every page and endpoint reads it from here. */
import { getCollection } from "astro:content";
import { byDigestDate, byNewest } from "./order";
import { stubAssign, stubTopics } from "./stub-topics";
import type { SiteCorpus, SitePaper, SiteTopic, TopicNeighbour } from "./types";

let cached: Promise<SiteCorpus> | undefined;

export function getSiteCorpus(): Promise<SiteCorpus> {
  cached ??= buildCorpus();
  return cached;
}

async function buildCorpus(): Promise<SiteCorpus> {
  const entries = await getCollection("papers");
  const papers: SitePaper[] = entries
    .map((entry) => ({ entry, data: entry.data, topics: stubAssign(entry.data), related: [] as string[] }))
    .sort((a, b) => byNewest(a.data, b.data));
  for (const paper of papers) paper.related = sharedTopicNeighbours(paper, papers);
  const topics = stubTopics.map((topic) => ({
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    count: papers.filter((paper) => paper.topics.includes(topic.slug)).length,
    neighbours: coOccurring(topic.slug, papers),
  }));
  const digests = (await getCollection("digests")).map((entry) => entry.data).sort(byDigestDate);
  return {
    papers,
    paperBySlug: new Map(papers.map((paper) => [paper.data.slug, paper])),
    topics,
    topicBySlug: new Map<string, SiteTopic>(topics.map((topic) => [topic.slug, topic])),
    digests,
  };
}

function sharedTopicNeighbours(paper: SitePaper, papers: SitePaper[]): string[] {
  return papers
    .filter((other) => other !== paper && other.topics[0] === paper.topics[0])
    .slice(0, 5)
    .map((other) => other.data.slug);
}

function coOccurring(slug: string, papers: SitePaper[]): TopicNeighbour[] {
  const shared = new Map<string, number>();
  for (const paper of papers) {
    if (!paper.topics.includes(slug)) continue;
    for (const other of paper.topics) if (other !== slug) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  return [...shared].map(([other, count]) => ({ slug: other, shared: count })).sort((a, b) => b.shared - a.shared);
}
