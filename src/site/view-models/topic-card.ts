/** A topic in a grid (`TopicCard`): name and paper count, plus its description unless the grid is compact. */
import type { CorpusTopic } from "../corpus";

export interface TopicCardView {
  slug: string;
  name: string;
  count: number;
  /** Absent in the compact grid of the home page. */
  description?: string;
}

export function topicCardView(topic: CorpusTopic<unknown>, { compact = false } = {}): TopicCardView {
  return {
    slug: topic.slug,
    name: topic.name,
    count: topic.count,
    ...(compact ? {} : { description: topic.description }),
  };
}
