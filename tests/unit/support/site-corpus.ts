/**
 * Random corpora for the view-model tests, and every route's cache key for a corpus. Titles and abstracts come from a
 * small vocabulary, so papers share topics and related papers; digests overlap, so papers have digest neighbours.
 */
import fc from "fast-check";
import { assembleCorpus, type Corpus } from "../../../src/site/corpus";
import { digestPagePaths } from "../../../src/site/view-models/digest-page";
import { digestsIndexPaths } from "../../../src/site/view-models/digests-index";
import { siteFeedView, topicFeedPaths } from "../../../src/site/view-models/feeds";
import { topicBibliographyPaths } from "../../../src/site/view-models/bibliography";
import { homeView } from "../../../src/site/view-models/home";
import { paperPagePaths } from "../../../src/site/view-models/paper-page";
import { timelineIndexView, timelinePagePaths } from "../../../src/site/view-models/timeline";
import { topicPagePaths } from "../../../src/site/view-models/topic-page";
import { topicsIndexView } from "../../../src/site/view-models/topics-index";
import { viewKey } from "../../../src/site/view-models/view-key";
import { taxonomySchema, type Taxonomy } from "../../../src/schema/taxonomy";
import type { Digest, Paper } from "../../../src/schema/paper";

export type Entry = { data: Paper };
export type TestCorpus = Corpus<Entry>;

/** Small pages, so topics, digests and timeline periods of random corpora span several. */
export const PAGE_SIZE = 3;
const SITE = new URL("https://example.org/");

export const taxonomy: Taxonomy = taxonomySchema.parse({
  topics: [
    { slug: "graphs", name: "Graphs", description: "Graph learning.", match: { keywords: ["graph"] } },
    {
      slug: "molecules",
      name: "Molecules",
      description: "Chemistry with graphs.",
      parent: "graphs",
      match: { keywords: ["molecule"] },
    },
    { slug: "speech", name: "Speech", description: "Spoken language.", match: { keywords: ["speech"] } },
    { slug: "diffusion", name: "Diffusion", description: "Denoising models.", match: { keywords: ["diffusion"] } },
    { slug: "other", name: "Other", description: "Everything else." },
  ],
});

const words = ["graph", "molecule", "speech", "diffusion", "sparse", "attention", "robot", "token", "memory"];
const organizations = [
  { handle: "openbmb", name: "OpenBMB" },
  { handle: "deepmind", name: "Google DeepMind" },
  { handle: "ai2", name: "Ai2" },
];
const DIGESTS = 3;

const paperShape = fc.record({
  titleWords: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
  abstractWords: fc.array(fc.constantFrom(...words), { maxLength: 12 }),
  published: fc.option(fc.constantFrom("2023-11-30", "2024-01-02", "2024-01-05", "2025-03-01"), { nil: undefined }),
  inferred: fc.boolean(),
  upvotes: fc.option(fc.nat(40), { nil: undefined }),
  authorsCount: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  organization: fc.option(fc.constantFrom(...organizations), { nil: undefined }),
  links: fc.array(
    fc.record({
      url: fc.constantFrom("https://github.com/a/b", "https://example.com/", "https://arxiv.org/abs/1"),
      kind: fc.constantFrom("code" as const, "project" as const, "other" as const),
    }),
    { maxLength: 4 },
  ),
  /** Where the paper is listed: digest index → sort key within that digest. */
  placement: fc.dictionary(fc.constantFrom("0", "1", "2"), fc.double({ noNaN: true }), { minKeys: 1 }),
});

const digestShape = fc.record({
  date: fc.option(fc.constantFrom("2024-01-03", "2024-01-06", "2025-03-02"), { nil: undefined }),
  dateInferred: fc.boolean(),
  /** Sort keys of rejected entries among the published ones. */
  rejected: fc.array(fc.double({ noNaN: true }), { maxLength: 2 }),
});

export interface CorpusInput {
  entries: Entry[];
  digests: Digest[];
}

export const corpusInput: fc.Arbitrary<CorpusInput> = fc
  .record({
    papers: fc.array(paperShape, { minLength: 2, maxLength: 12 }),
    digests: fc.array(digestShape, { minLength: DIGESTS, maxLength: DIGESTS }),
  })
  .map(({ papers, digests }) => {
    const slugOf = (index: number): string => `paper-${index}`;
    const listings = digests.map((shape, digestIndex) => {
      const items = [
        ...papers.flatMap((paper, index) => {
          const key = paper.placement[String(digestIndex)];
          return key === undefined ? [] : [{ key, slug: slugOf(index) }];
        }),
        ...shape.rejected.map((key) => ({ key, slug: undefined })),
      ].sort((a, b) => a.key - b.key);
      const digest: Digest = {
        id: `00${digestIndex}_d`,
        file: `00${digestIndex}_d.txt`,
        layout: "A",
        ...(shape.date === undefined ? {} : { date: shape.date }),
        dateInferred: shape.date !== undefined && shape.dateInferred,
        entries: items.map((item, position) => ({
          position: position + 1,
          line: position * 3 + 7,
          ...(item.slug === undefined ? { rejected: "no abstract" } : { slug: item.slug }),
        })),
      };
      return digest;
    });
    const entries = papers.map((paper, index): Entry => {
      const slug = slugOf(index);
      const appearances = listings.flatMap((digest) =>
        digest.entries.flatMap((entry) =>
          entry.slug === slug ? [{ digest: digest.id, position: entry.position, line: entry.line }] : [],
        ),
      );
      return {
        data: {
          id: index.toString(16).padStart(16, "0"),
          slug,
          title: `${paper.titleWords.join(" ")} ${index}`,
          abstract: paper.abstractWords.length > 0 ? `${paper.abstractWords.join(" ")}.` : "",
          ...(paper.published === undefined ? {} : { published: paper.published }),
          ...(paper.upvotes === undefined ? {} : { upvotes: paper.upvotes }),
          ...(paper.authorsCount === undefined ? {} : { authorsCount: paper.authorsCount }),
          ...(paper.organization === undefined ? {} : { organization: paper.organization }),
          links: paper.links,
          inferred: paper.published !== undefined && paper.inferred ? ["published"] : [],
          appearances,
        },
      };
    });
    return { entries, digests: listings };
  });

export function corpusOf(input: CorpusInput, topics: Taxonomy = taxonomy): TestCorpus {
  return assembleCorpus(input.entries, input.digests, topics);
}

/** Route names as the tests spell them. */
export const route = {
  paper: (slug: string) => `papers/${slug}`,
  /** A topic's own page (`page` undefined) or a numbered page behind it, numbered from the oldest. */
  topicPage: (slug: string, page: number | undefined) => `topics/${slug}/${page ?? ""}`,
  digest: (id: string, page: number) => `digests/${id}/${page}`,
  topicFeed: (slug: string) => `topics/${slug}/feed.xml`,
  topicBib: (slug: string) => `topics/${slug}.bib`,
  siteFeed: "feed.xml",
  home: "home",
  topicsIndex: "topics",
  /** The digests index's own page (`page` undefined) or a numbered page behind it, numbered from the oldest. */
  digestsIndex: (page: number | undefined) => `digests/${page ?? ""}`,
  timeline: "timeline",
  /** A timeline page below the index: `2024`, `2024/01`, `2024/01/2`, `undated`. */
  timelinePage: (period: string) => `timeline/${period}`,
};

/**
 * The key of every route: the `cacheKey`s the dynamic routes return from `getStaticPaths`, and for the routes that
 * cannot have one (static pages, `/feed.xml`) the same hash of their view, so the tests cover what they show too.
 */
export function pageKeys(corpus: TestCorpus): Map<string, string> {
  const keys = new Map<string, string>();
  for (const path of paperPagePaths(corpus, SITE)) keys.set(route.paper(path.params.slug), path.cacheKey);
  for (const path of topicPagePaths(corpus, PAGE_SIZE))
    keys.set(
      route.topicPage(path.params.slug, path.params.page === undefined ? undefined : Number(path.params.page)),
      path.cacheKey,
    );
  for (const path of digestPagePaths(corpus, PAGE_SIZE))
    keys.set(route.digest(path.params.id, Number(path.params.page ?? 1)), path.cacheKey);
  for (const path of timelinePagePaths(corpus, { pageSize: PAGE_SIZE }))
    keys.set(route.timelinePage(path.params.period), path.cacheKey);
  for (const path of topicFeedPaths(corpus, SITE)) keys.set(route.topicFeed(path.params.slug), path.cacheKey);
  for (const path of topicBibliographyPaths(corpus, SITE)) keys.set(route.topicBib(path.params.slug), path.cacheKey);
  keys.set(route.siteFeed, viewKey(siteFeedView(corpus, SITE)));
  keys.set(route.home, viewKey(homeView(corpus)));
  keys.set(route.topicsIndex, viewKey(topicsIndexView(corpus)));
  for (const path of digestsIndexPaths(corpus, PAGE_SIZE))
    keys.set(route.digestsIndex(path.params.page === undefined ? undefined : Number(path.params.page)), path.cacheKey);
  keys.set(route.timeline, viewKey(timelineIndexView(corpus, { pageSize: PAGE_SIZE })));
  return keys;
}

/** Routes whose key differs between two builds; both must have the same routes. */
export function changedRoutes(before: Map<string, string>, after: Map<string, string>): string[] {
  if ([...before.keys()].join() !== [...after.keys()].join()) throw new Error("the routes themselves changed");
  return [...before].flatMap(([name, key]) => (after.get(name) === key ? [] : [name])).sort();
}
