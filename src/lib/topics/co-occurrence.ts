/** Topics that share papers with a topic: the "related topics" of a topic page. */
import { compareCodePoints } from "../order";
import { OTHER_TOPIC } from "../../schema/taxonomy";

/** Another topic and how many papers carry both. */
export interface TopicNeighbour {
  slug: string;
  shared: number;
}

/** For every topic, its co-occurring topics, most shared first (ties by slug), `other` never listed. */
export function topicNeighbours(
  assignedTopics: readonly (readonly string[])[],
  limit: number,
): Map<string, TopicNeighbour[]> {
  const shared = new Map<string, Map<string, number>>();
  for (const topics of assignedTopics) {
    for (const slug of topics) {
      const counts = shared.get(slug) ?? new Map<string, number>();
      shared.set(slug, counts);
      for (const other of topics) if (other !== slug) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return new Map(
    [...shared].map(([slug, counts]) => [
      slug,
      [...counts]
        .filter(([other]) => other !== OTHER_TOPIC)
        .map(([other, count]) => ({ slug: other, shared: count }))
        .sort((a, b) => b.shared - a.shared || compareCodePoints(a.slug, b.slug))
        .slice(0, limit),
    ]),
  );
}
