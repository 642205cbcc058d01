/** How papers spread over topics: the numbers behind the taxonomy targets (little `other`, no giant topic). */
import { OTHER_TOPIC, type Taxonomy } from "../../schema/taxonomy";
import { compareCodePoints } from "../order";

export interface TopicShare {
  slug: string;
  name: string;
  count: number;
  /** Fraction of all papers (0–1) carrying the topic; shares sum to more than 1 since papers have several topics. */
  share: number;
}

/** Per-topic counts in taxonomy order, plus the two figures the taxonomy is tuned against. */
export interface TopicDistribution {
  papers: number;
  topics: TopicShare[];
  /** Share of papers that matched no topic. */
  otherShare: number;
  /** The largest share of any topic, `other` included. */
  maxShare: number;
}

export function topicDistribution(
  assignedTopics: readonly (readonly string[])[],
  taxonomy: Taxonomy,
): TopicDistribution {
  const counts = new Map<string, number>();
  for (const slug of assignedTopics.flat()) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const papers = assignedTopics.length;
  const share = (count: number): number => (papers === 0 ? 0 : count / papers);
  const topics = taxonomy.topics.map(({ slug, name }) => {
    const count = counts.get(slug) ?? 0;
    return { slug, name, count, share: share(count) };
  });
  return {
    papers,
    topics,
    otherShare: share(counts.get(OTHER_TOPIC) ?? 0),
    maxShare: Math.max(0, ...topics.map((topic) => topic.share)),
  };
}

/** A plain-text table for the build log, largest topics first. */
export function formatTopicDistribution(distribution: TopicDistribution): string {
  const rows = [...distribution.topics].sort((a, b) => b.count - a.count || compareCodePoints(a.slug, b.slug));
  const width = Math.max(0, ...rows.map((row) => row.slug.length));
  const lines = rows.map(
    (row) => `  ${row.slug.padEnd(width)}  ${String(row.count).padStart(5)}  ${percent(row.share)}`,
  );
  const summary = `other ${percent(distribution.otherShare).trim()}, largest topic ${percent(distribution.maxShare).trim()}`;
  return [`Topics over ${distribution.papers} papers (${summary}):`, ...lines].join("\n");
}

/**
 * Topic counts as a paragraph, largest first, wrapped to `width` columns: the short form for build output, where
 * the table would push everything else off the screen. `other` comes last, as the figure to watch.
 */
export function formatTopicCounts(distribution: TopicDistribution, width = 110): string {
  const rows = [...distribution.topics].sort((a, b) => b.count - a.count || compareCodePoints(a.slug, b.slug));
  const other = rows.find((row) => row.slug === OTHER_TOPIC);
  const items = rows.filter((row) => row !== other).map((row) => `${row.slug} ${row.count}`);
  const head = `topics (${items.length}): `;
  const lines: string[] = [];
  let line = head;
  for (const [index, item] of items.entries()) {
    const text = index < items.length - 1 ? `${item},` : item;
    if (line.length + text.length + 1 > width && line.trim() !== head.trim()) {
      lines.push(line.trimEnd());
      line = "  ";
    }
    line += `${text} `;
  }
  lines.push(line.trimEnd());
  lines.push(`papers in other: ${other?.count ?? 0} (${percent(distribution.otherShare).trim()})`);
  return lines.join("\n");
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1).padStart(5)}%`;
}
