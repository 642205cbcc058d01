/** The view of the corpus that pages render: papers with their topics and related papers, topics, digests. */
import type { CollectionEntry } from "astro:content";
import type { Digest, Paper } from "../../schema/paper";

export interface SitePaper {
  /** The collection entry, kept for `render()` of the MDX abstract. */
  entry: CollectionEntry<"papers">;
  data: Paper;
  /** Topic slugs, most relevant first. */
  topics: string[];
  /** Slugs of related papers, most similar first. */
  related: string[];
}

export interface TopicNeighbour {
  slug: string;
  /** Papers carrying both topics. */
  shared: number;
}

export interface SiteTopic {
  slug: string;
  name: string;
  description: string;
  parent?: string;
  count: number;
  /** Topics that co-occur on the same papers, most shared first. */
  neighbours: TopicNeighbour[];
}

export interface SiteCorpus {
  /** Newest first (undated papers last), ties broken by title. */
  papers: SitePaper[];
  paperBySlug: Map<string, SitePaper>;
  /** Topics in taxonomy order. */
  topics: SiteTopic[];
  topicBySlug: Map<string, SiteTopic>;
  /** Newest digest first. */
  digests: Digest[];
}
