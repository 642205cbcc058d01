/**
 * The topics index (`/topics/`): the taxonomy as a tree, broad topics first with their subtopics beneath, each with
 * its paper count and description. Topics without papers are left out; their pages still exist.
 */
import type { Corpus, CorpusTopic } from "../corpus";
import { countOf } from "../../lib/format";
import { topicCardView, type TopicCardView } from "./topic-card";

export interface TopicTreeNode {
  topic: TopicCardView;
  subtopics: TopicTreeNode[];
}

export interface TopicsIndexView {
  lede: string;
  tree: TopicTreeNode[];
}

export function topicsIndexView({ papers, topics, topicBySlug }: Corpus<unknown>): TopicsIndexView {
  const shown = topics.filter((topic) => topic.count > 0);
  const node = (topic: CorpusTopic<unknown>): TopicTreeNode => ({
    topic: topicCardView(topic),
    subtopics: topic.children.flatMap((slug) => {
      const child = topicBySlug.get(slug);
      return child && child.count > 0 ? [node(child)] : [];
    }),
  });
  return {
    lede: `${countOf(papers.length, "paper")}, sorted into ${countOf(shown.length, "topic")} by explainable keyword rules. A paper can sit in up to four topics; a broad topic also lists the papers of its subtopics.`,
    tree: shown.filter((topic) => topic.parent === undefined || !topicBySlug.has(topic.parent)).map(node),
  };
}
