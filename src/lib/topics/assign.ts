/**
 * Deterministic, explainable topic assignment: every rule hit is scored (title hits weigh more than abstract hits),
 * the strongest topics are kept, and a paper that reaches no topic's threshold gets `other`.
 */
import { compileRules, type CompiledRules, type CompiledTerm } from "./compile-rules";
import { countMatches, maskSpans, searchable, type SearchableText, type Span } from "./count-matches";
import { TermIndex } from "./term-index";
import { OTHER_TOPIC, type Taxonomy } from "../../schema/taxonomy";

/** The weights and limits of assignment; exported so tests and explanations can quote them. */
export const SCORING = {
  /** Points for a rule found in the title (once, however often it occurs there). */
  titleWeight: 3,
  /** Points per occurrence in the abstract... */
  abstractWeight: 1,
  /** ...counted at most this many times, so one repetitive abstract cannot dominate. */
  abstractCap: 3,
  /** Threshold when a topic sets no `minScore`: one title hit, or two abstract mentions. */
  defaultMinScore: 2,
  /** Secondary topics must reach this share of the best topic's score, which keeps passing mentions out. */
  relativeCutoff: 0.3,
  maxTopics: 4,
} as const;

/** What assignment reads from a paper. */
export interface TopicInput {
  title: string;
  abstract: string;
}

/** One rule that matched: how often in the title and the abstract, and the points it earned. */
export interface TermMatch {
  term: string;
  title: number;
  abstract: number;
  score: number;
}

/** A topic's score for one paper and the hits behind it, enough for a page to say why a topic was given. */
export interface TopicScore {
  slug: string;
  score: number;
  matches: TermMatch[];
}

/** The topics given to one paper, best first, with their evidence; `other` has an empty `matches`. */
export interface TopicAssignment {
  topics: string[];
  scores: TopicScore[];
}

/** A taxonomy topic with its rules compiled; `order` is its place in the file, the final tie-break. */
export interface TopicMatcher {
  slug: string;
  order: number;
  minScore: number;
  rules: CompiledRules;
}

/** Compiles every topic but `other` once per build. */
export function compileTaxonomy(taxonomy: Taxonomy): TopicMatcher[] {
  return taxonomy.topics.flatMap((topic, order) =>
    topic.slug === OTHER_TOPIC
      ? []
      : [
          {
            slug: topic.slug,
            order,
            minScore: topic.minScore ?? SCORING.defaultMinScore,
            rules: compileRules(topic.match),
          },
        ],
  );
}

export function assignTopics(paper: TopicInput, matchers: readonly TopicMatcher[]): TopicAssignment {
  const chosen = selectTopics(scoreTopics(paper, matchers), matchers);
  const scores = chosen.length > 0 ? chosen : [{ slug: OTHER_TOPIC, score: 0, matches: [] }];
  return { topics: scores.map((score) => score.slug), scores };
}

/** Every topic with at least one hit, best first. */
export function scoreTopics(paper: TopicInput, matchers: readonly TopicMatcher[]): TopicScore[] {
  const prepared = preparedOf(matchers);
  const title = candidateText(searchable(paper.title), prepared.index);
  const abstract = candidateText(searchable(paper.abstract), prepared.index);
  // Only topics with a candidate rule can score; the rest of the taxonomy is never looked at for this paper.
  const touched = new Set<TopicMatcher>();
  for (const { candidates } of [title, abstract])
    for (const term of candidates) {
      const owner = prepared.owner.get(term);
      if (owner) touched.add(owner);
    }
  const scores = [...touched].map((matcher) => scoreTopic(title, abstract, matcher)).filter((score) => score.score > 0);
  return scores.sort(
    (a, b) => b.score - a.score || (prepared.order.get(a.slug) ?? 0) - (prepared.order.get(b.slug) ?? 0),
  );
}

/** Keeps topics over their threshold and close enough to the best one, at most `maxTopics`. */
export function selectTopics(ranked: readonly TopicScore[], matchers: readonly TopicMatcher[]): TopicScore[] {
  const minScore = new Map(matchers.map((matcher) => [matcher.slug, matcher.minScore]));
  const eligible = ranked.filter((score) => score.score >= (minScore.get(score.slug) ?? SCORING.defaultMinScore));
  const best = eligible[0]?.score ?? 0;
  return eligible.filter((score) => score.score >= best * SCORING.relativeCutoff).slice(0, SCORING.maxTopics);
}

/** A text with the rules that could match it. */
interface CandidateText {
  text: SearchableText;
  candidates: ReadonlySet<CompiledTerm>;
}

/** What scoring looks up per paper, built once per compiled taxonomy. */
interface PreparedTaxonomy {
  index: TermIndex;
  /** The topic each scoring rule belongs to (excluded phrases belong to none: they only mask). */
  owner: Map<CompiledTerm, TopicMatcher>;
  order: Map<string, number>;
}

const preparedTaxonomies = new WeakMap<readonly TopicMatcher[], PreparedTaxonomy>();

/** Built on first use: a build compiles its taxonomy once and scores every paper against it. */
function preparedOf(matchers: readonly TopicMatcher[]): PreparedTaxonomy {
  let prepared = preparedTaxonomies.get(matchers);
  if (!prepared) {
    prepared = {
      index: new TermIndex(matchers.flatMap((matcher) => [...matcher.rules.terms, ...matcher.rules.exclude])),
      owner: new Map(matchers.flatMap((matcher) => matcher.rules.terms.map((term) => [term, matcher] as const))),
      order: new Map(matchers.map((matcher) => [matcher.slug, matcher.order])),
    };
    preparedTaxonomies.set(matchers, prepared);
  }
  return prepared;
}

function candidateText(text: SearchableText, index: TermIndex): CandidateText {
  return { text, candidates: index.candidates(text) };
}

function matchCount({ text, candidates }: CandidateText, term: CompiledTerm, masks: readonly Span[]): number {
  return candidates.has(term) ? countMatches(text, term, masks) : 0;
}

function masksOf({ text, candidates }: CandidateText, excludes: readonly CompiledTerm[]): Span[] {
  return maskSpans(
    text,
    excludes.filter((term) => candidates.has(term)),
  );
}

function scoreTopic(title: CandidateText, abstract: CandidateText, matcher: TopicMatcher): TopicScore {
  const titleMasks = masksOf(title, matcher.rules.exclude);
  const abstractMasks = masksOf(abstract, matcher.rules.exclude);
  const matches = matcher.rules.terms.flatMap((term): TermMatch[] => {
    const inTitle = matchCount(title, term, titleMasks);
    const inAbstract = matchCount(abstract, term, abstractMasks);
    if (inTitle + inAbstract === 0) return [];
    return [{ term: term.label, title: inTitle, abstract: inAbstract, score: termScore(inTitle, inAbstract) }];
  });
  return { slug: matcher.slug, score: matches.reduce((sum, match) => sum + match.score, 0), matches };
}

function termScore(titleHits: number, abstractHits: number): number {
  const fromTitle = titleHits > 0 ? SCORING.titleWeight : 0;
  return fromTitle + Math.min(abstractHits, SCORING.abstractCap) * SCORING.abstractWeight;
}
