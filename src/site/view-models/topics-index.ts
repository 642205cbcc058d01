/** The topics index (`/topics/`): every topic with its paper count and description, in taxonomy order. */
import type { Corpus } from "../corpus";
import { countOf } from "../../lib/format";
import { topicCardView, type TopicCardView } from "./topic-card";

export interface TopicsIndexView {
  lede: string;
  topics: TopicCardView[];
}

export function topicsIndexView({ papers, topics }: Corpus<unknown>): TopicsIndexView {
  return {
    lede: `${countOf(papers.length, "paper")}, sorted into ${countOf(topics.length, "topic")} by explainable keyword rules. A paper can sit in up to four topics.`,
    topics: topics.map((topic) => topicCardView(topic)),
  };
}
