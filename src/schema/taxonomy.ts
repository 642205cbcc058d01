/**
 * The shape of `content/topics.yaml`, the user-editable topic taxonomy. Cross-topic rules (unique slugs, known
 * parents, no cycles, the `other` fallback) live here too, so one `safeParse` reports every problem at once.
 */
import { z } from "zod";
import { slugSchema } from "./paper";

/** The fallback topic every taxonomy must declare; papers that match nothing land there. */
export const OTHER_TOPIC = "other";

/**
 * A case-insensitive phrase matched on word boundaries. Spaces and hyphens between words are interchangeable, an
 * optional plural `s`/`es` is accepted, and a trailing `*` matches any word ending (`quantiz*`).
 */
const keywordSchema = z
  .string()
  .trim()
  .min(2, "a keyword needs at least two characters")
  .regex(/^[^*]+\*?$/, "`*` is only allowed once, at the end of a keyword");

/** A case-sensitive token (e.g. `MoE`, `GNN`), matched on word boundaries with an optional plural `s`. */
const acronymSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}.+-]*$/u, "an acronym is one word of letters and digits, e.g. `GNN`");

/** Escape hatch for what keywords cannot say; compiled case-insensitively with the `u` flag. */
const patternSchema = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, "giu");
  } catch (error) {
    ctx.addIssue({
      code: "custom",
      message: `invalid regular expression (${(error as Error).message}); test it with \`new RegExp(source, "giu")\``,
    });
  }
});

export const topicRulesSchema = z
  .object({
    /** Case-insensitive phrases; each distinct phrase found adds to the topic's score. */
    keywords: z.array(keywordSchema).default([]),
    /** Case-sensitive acronyms, kept apart so `NAS` does not match "nas" inside other words' spellings. */
    acronyms: z.array(acronymSchema).default([]),
    /** Raw regular expressions, for the rare rule keywords cannot express. */
    patterns: z.array(patternSchema).default([]),
    /** Phrases whose occurrences do not count, e.g. "part of speech" for a speech topic. */
    exclude: z.array(keywordSchema).default([]),
  })
  .strict();

export const topicSchema = z
  .object({
    /** URL segment under `/topics/`. */
    slug: slugSchema,
    /** Display name, e.g. "Mixture of experts". */
    name: z.string().trim().min(1),
    /** One sentence shown on the topic page. */
    description: z
      .string()
      .trim()
      .min(10, "write one sentence (at least 10 characters)")
      .max(240, "keep the description to one sentence (at most 240 characters)")
      .regex(/[.!?]$/, "end the description with a full stop"),
    /** Slug of a broader topic; used for grouping, not for assignment. */
    parent: slugSchema.optional(),
    /** Minimum score a paper needs to get this topic (title hits weigh more than abstract hits). */
    minScore: z.number().positive().optional(),
    match: topicRulesSchema.default({ keywords: [], acronyms: [], patterns: [], exclude: [] }),
  })
  .strict();

export const taxonomySchema = z
  .object({ topics: z.array(topicSchema).min(1, "declare at least the `other` topic") })
  .strict()
  .superRefine((taxonomy, ctx) => {
    for (const issue of taxonomyIssues(taxonomy.topics)) ctx.addIssue({ code: "custom", ...issue });
  });

export type TopicRules = z.infer<typeof topicRulesSchema>;
/** One topic as declared in the taxonomy file, defaults filled in. */
export type TopicDefinition = z.infer<typeof topicSchema>;
/** The validated taxonomy, topics in file order. */
export type Taxonomy = z.infer<typeof taxonomySchema>;

interface CrossTopicIssue {
  path: (string | number)[];
  message: string;
}

/** Rules that involve several topics at once: zod sees one topic at a time. */
function taxonomyIssues(topics: readonly TopicDefinition[]): CrossTopicIssue[] {
  return [...duplicateSlugIssues(topics), ...parentIssues(topics), ...ruleIssues(topics), ...otherTopicIssues(topics)];
}

function duplicateSlugIssues(topics: readonly TopicDefinition[]): CrossTopicIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: CrossTopicIssue[] = [];
  topics.forEach((topic, index) => {
    const first = firstIndex.get(topic.slug);
    if (first === undefined) firstIndex.set(topic.slug, index);
    else
      issues.push({
        path: ["topics", index, "slug"],
        message: `duplicate slug "${topic.slug}" (first used by topic #${first + 1}); give each topic its own slug`,
      });
  });
  return issues;
}

function parentIssues(topics: readonly TopicDefinition[]): CrossTopicIssue[] {
  const parentOf = new Map(topics.map((topic) => [topic.slug, topic.parent]));
  const issues: CrossTopicIssue[] = [];
  topics.forEach((topic, index) => {
    if (topic.parent === undefined) return;
    const path = ["topics", index, "parent"];
    if (!parentOf.has(topic.parent)) {
      issues.push({ path, message: `unknown parent "${topic.parent}"; use the slug of a topic declared in this file` });
    } else if (reachesItself(topic.slug, parentOf)) {
      issues.push({ path, message: `parent chain of "${topic.slug}" loops back to itself; remove one parent link` });
    }
  });
  return issues;
}

function reachesItself(slug: string, parentOf: ReadonlyMap<string, string | undefined>): boolean {
  const seen = new Set<string>();
  let current = parentOf.get(slug);
  while (current !== undefined && !seen.has(current)) {
    if (current === slug) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

function ruleIssues(topics: readonly TopicDefinition[]): CrossTopicIssue[] {
  return topics.flatMap((topic, index) => {
    const { keywords, acronyms, patterns } = topic.match;
    const hasRules = keywords.length + acronyms.length + patterns.length > 0;
    if (topic.slug === OTHER_TOPIC && hasRules)
      return [{ path: ["topics", index, "match"], message: "`other` is the fallback and takes no match rules" }];
    if (topic.slug !== OTHER_TOPIC && !hasRules)
      return [{ path: ["topics", index, "match"], message: "add at least one keyword, acronym or pattern" }];
    return [];
  });
}

function otherTopicIssues(topics: readonly TopicDefinition[]): CrossTopicIssue[] {
  if (topics.some((topic) => topic.slug === OTHER_TOPIC)) return [];
  return [
    { path: ["topics"], message: `declare a topic with slug "${OTHER_TOPIC}"; papers that match nothing go there` },
  ];
}
