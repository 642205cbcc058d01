/**
 * Page cache keys are hashes of the pages' view models, so a change to the corpus must change the key of exactly the
 * pages that show it: a key that misses a change serves a stale page, one that changes needlessly re-renders it.
 * The expected pages are worked out here from the corpus relations (topic membership, related papers, digest
 * listings and neighbours), never from the view models.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byNewest, byUpvotes } from "../../src/lib/order";
import { taxonomySchema } from "../../src/schema/taxonomy";
import type { Paper } from "../../src/schema/paper";
import { RELATED_CARD_TOPICS, RELATED_SHOWN, ROW_TOPICS, paperCardView } from "../../src/site/view-models/card";
import { TOPIC_BIBTEX_LENGTH, topicBibliographyPaths } from "../../src/site/view-models/bibliography";
import { FEED_LENGTH } from "../../src/site/view-models/feeds";
import { digestsIndexPaths } from "../../src/site/view-models/digests-index";
import { paperPagePaths } from "../../src/site/view-models/paper-page";
import { topicPagePaths } from "../../src/site/view-models/topic-page";
import {
  PAGE_SIZE,
  changedRoutes,
  corpusInput,
  corpusOf,
  pageKeys,
  route,
  taxonomy,
  type CorpusInput,
  type TestCorpus,
} from "./support/site-corpus";

/** The home page's preview of the newest digest and its "most upvoted" list, as slugs. */
const HOME_PREVIEW = 6;
const HOME_UPVOTED = 8;

function homePreview(corpus: TestCorpus): string[] {
  return (corpus.digests[0]?.papers ?? []).slice(0, HOME_PREVIEW);
}

function mostUpvoted(corpus: TestCorpus): string[] {
  return corpus.papers
    .filter((paper) => (paper.data.upvotes ?? 0) > 0)
    .sort((a, b) => byUpvotes(a.data, b.data))
    .slice(0, HOME_UPVOTED)
    .map((paper) => paper.data.slug);
}

/** The site feed and the topic feeds whose newest arrivals include the paper. */
function feedsListing(corpus: TestCorpus, slug: string): string[] {
  const newest = (papers: TestCorpus["arrivals"]): boolean =>
    papers.slice(0, FEED_LENGTH).some((paper) => paper.data.slug === slug);
  const feeds = newest(corpus.arrivals) ? [route.siteFeed] : [];
  for (const topic of corpus.topics)
    if (newest(corpus.arrivals.filter((paper) => paper.topics.includes(topic.slug))))
      feeds.push(route.topicFeed(topic.slug));
  return feeds;
}

/** The page of a listing that holds the item at `index`. */
const pageOf = (index: number): number => Math.floor(index / PAGE_SIZE) + 1;

/**
 * The page of a topic that holds its paper at `index` (newest first): the topic's own page for the newest
 * `PAGE_SIZE`, else the numbered page counted from the oldest paper.
 */
const topicPageOf = (index: number, count: number): number | undefined =>
  index < PAGE_SIZE ? undefined : Math.floor((count - 1 - index) / PAGE_SIZE) + 1;

/** Every page of a topic: its own, then those behind it. */
const topicPages = (topic: TestCorpus["topics"][number]): string[] => {
  const behind = Math.ceil(Math.max(0, topic.papers.length - PAGE_SIZE) / PAGE_SIZE);
  return [
    route.topicPage(topic.slug, undefined),
    ...Array.from({ length: behind }, (_, index) => route.topicPage(topic.slug, index + 1)),
  ];
};

/** Pages listing the paper as a row with its facts: topic pages holding it, digest pages listing it, the home preview. */
function listingPages(corpus: TestCorpus, slug: string): string[] {
  const pages: string[] = [];
  for (const topic of corpus.topics) {
    const index = topic.papers.findIndex((paper) => paper.data.slug === slug);
    if (index >= 0) pages.push(route.topicPage(topic.slug, topicPageOf(index, topic.papers.length)));
  }
  for (const digest of corpus.digests) {
    const index = digest.entries.findIndex((entry) => entry.slug === slug);
    if (index >= 0) pages.push(route.digest(digest.id, pageOf(index)));
  }
  if (homePreview(corpus).includes(slug)) pages.push(route.home);
  return pages;
}

/** The related papers a paper page shows as cards. */
const shownRelated = (paper: TestCorpus["papers"][number]): string[] => paper.related.slice(0, RELATED_SHOWN);

/** Paper pages showing the paper as a related card: its title, date and topics. */
function relatedPages(corpus: TestCorpus, slug: string): string[] {
  return corpus.papers.flatMap((paper) => (shownRelated(paper).includes(slug) ? [route.paper(paper.data.slug)] : []));
}

/** Every page showing the paper as a card or row. */
function cardPages(corpus: TestCorpus, slug: string): string[] {
  return [...relatedPages(corpus, slug), ...listingPages(corpus, slug)];
}

/** Papers whose page links to this one as the previous or next entry of a digest they share. */
function neighbourPages(corpus: TestCorpus, slug: string): string[] {
  return corpus.digests.flatMap(({ papers }) => {
    const index = papers.indexOf(slug);
    if (index < 0) return [];
    return [papers[index - 1], papers[index + 1]].flatMap((neighbour) => (neighbour ? [route.paper(neighbour)] : []));
  });
}

function topicsOf(corpus: TestCorpus, slug: string): string[] {
  return corpus.paperBySlug.get(slug)?.topics ?? [];
}

function withPaper(input: CorpusInput, slug: string, change: (paper: Paper) => Paper): CorpusInput {
  return {
    digests: input.digests,
    entries: input.entries.map((entry) => (entry.data.slug === slug ? { data: change(entry.data) } : entry)),
  };
}

function sorted(pages: Iterable<string>): string[] {
  return [...new Set(pages)].sort();
}

/** The links a paper page shows: "other" links only when the paper has at most three links. */
const shownLinks = (links: Paper["links"]): Paper["links"] =>
  links.filter((link) => link.kind !== "other" || links.length <= 3);

/** What `PaperFacts` prints of upvotes: nothing for none or zero. */
const shownUpvotes = (upvotes: number | undefined): number | undefined => (upvotes ? upvotes : undefined);

type Change =
  | { field: "upvotes"; value: number | undefined }
  | { field: "authorsCount"; value: number | undefined }
  | { field: "organization"; value: Paper["organization"] }
  | { field: "organizationHandle" }
  | { field: "inferred" }
  | { field: "links"; value: Paper["links"] }
  | { field: "id"; value: string }
  | { field: "lines" };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ field: fc.constant("upvotes" as const), value: fc.option(fc.nat(40), { nil: undefined }) }),
  fc.record({
    field: fc.constant("authorsCount" as const),
    value: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  }),
  fc.record({
    field: fc.constant("organization" as const),
    value: fc.option(fc.constantFrom({ handle: "mit", name: "MIT" }, { handle: "openbmb", name: "OpenBMB" }), {
      nil: undefined,
    }),
  }),
  fc.constant({ field: "organizationHandle" as const }),
  fc.constant({ field: "inferred" as const }),
  fc.record({
    field: fc.constant("links" as const),
    value: fc.array(
      fc.record({
        url: fc.constantFrom("https://github.com/a/b", "https://gitlab.com/c", "https://arxiv.org/abs/1"),
        kind: fc.constantFrom("code" as const, "project" as const, "other" as const),
      }),
      { maxLength: 4 },
    ),
  }),
  fc.record({ field: fc.constant("id" as const), value: fc.stringMatching(/^[0-9a-f]{16}$/) }),
  fc.constant({ field: "lines" as const }),
);

/** The paper with an optional field set, or absent (not `undefined`: that is how a page without it reads). */
function withField<K extends "upvotes" | "authorsCount" | "organization">(
  paper: Paper,
  key: K,
  value: Paper[K],
): Paper {
  const changed = { ...paper };
  if (value === undefined) Reflect.deleteProperty(changed, key);
  else changed[key] = value;
  return changed;
}

function applyChange(paper: Paper, next: Change): Paper {
  switch (next.field) {
    case "upvotes":
    case "authorsCount":
    case "organization":
      return withField(paper, next.field, next.value);
    case "organizationHandle":
      return paper.organization ? { ...paper, organization: { ...paper.organization, handle: "renamed" } } : paper;
    case "inferred":
      return { ...paper, inferred: paper.inferred.length > 0 ? [] : ["published"] };
    case "links":
      return { ...paper, links: next.value };
    case "id":
      return { ...paper, id: next.value };
    case "lines":
      return { ...paper, appearances: paper.appearances.map((place) => ({ ...place, line: (place.line ?? 0) + 100 })) };
  }
}

/** Pages that show the changed field of the paper, from the corpus relations. */
function pagesShowing(before: TestCorpus, after: TestCorpus, old: Paper, next: Change): string[] {
  const slug = old.slug;
  // Related cards show the date (and its inferred mark) but none of the other facts.
  const facts = (): string[] => [
    route.paper(slug),
    ...listingPages(before, slug),
    ...(mostUpvoted(before).includes(slug) || mostUpvoted(after).includes(slug) ? [route.home] : []),
  ];
  // A topic's bibliography holds its newest papers, a broad topic's its subtopics' too.
  const bibliographies = (): string[] =>
    before.topics
      .filter((topic) => topic.papers.slice(0, TOPIC_BIBTEX_LENGTH).some((paper) => paper.data.slug === slug))
      .map((topic) => route.topicBib(topic.slug));
  switch (next.field) {
    case "upvotes":
      return shownUpvotes(old.upvotes) === shownUpvotes(next.value) ? [] : facts();
    case "authorsCount":
      return old.authorsCount === next.value ? [] : facts();
    case "organization":
      return old.organization?.name === next.value?.name ? [] : [...facts(), ...bibliographies()];
    case "inferred":
      // "(year inferred)" only shows next to a date: on pages, related cards and in the feed items' text.
      return old.published === undefined
        ? []
        : [...facts(), ...relatedPages(before, slug), ...feedsListing(before, slug)];
    case "links":
      return JSON.stringify(shownLinks(old.links)) === JSON.stringify(shownLinks(next.value))
        ? []
        : [route.paper(slug)];
    case "id":
      // Nothing shows the id: BibTeX keys come from the title and year.
      return [];
    case "organizationHandle":
    case "lines":
      return [];
  }
}

describe("page cache keys", () => {
  it("are the same for the same corpus, assembled twice", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        expect(pageKeys(corpusOf(input))).toEqual(pageKeys(corpusOf(input)));
      }),
      { numRuns: 30 },
    );
  });

  it("change for exactly the pages that show a changed field of a paper", () => {
    fc.assert(
      fc.property(corpusInput, fc.nat(), change, (input, pick, next) => {
        const old = input.entries[pick % input.entries.length]?.data;
        if (!old) throw new Error("empty corpus");
        const before = corpusOf(input);
        const after = corpusOf(withPaper(input, old.slug, (paper) => applyChange(paper, next)));
        // None of these fields feeds topic assignment, related papers or the listing order.
        expect(after.papers.map((paper) => [paper.data.slug, paper.topics, paper.related])).toEqual(
          before.papers.map((paper) => [paper.data.slug, paper.topics, paper.related]),
        );
        expect(changedRoutes(pageKeys(before), pageKeys(after))).toEqual(
          sorted(pagesShowing(before, after, old, next)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("change for exactly the pages that show a topic's name when the taxonomy renames it", () => {
    fc.assert(
      fc.property(corpusInput, fc.constantFrom(...taxonomy.topics.map((topic) => topic.slug)), (input, renamed) => {
        const renamedTaxonomy = taxonomySchema.parse({
          topics: taxonomy.topics.map((topic) => (topic.slug === renamed ? { ...topic, name: "Renamed" } : topic)),
        });
        const before = corpusOf(input);
        const after = corpusOf(input, renamedTaxonomy);
        const tagged = (slug: string): boolean => topicsOf(before, slug).includes(renamed);
        // Rows and related cards name a few topics only, leaving out those their page names already.
        const onCard = (slug: string, named: readonly string[] = [], count = ROW_TOPICS): boolean =>
          topicsOf(before, slug)
            .filter((topic) => !named.includes(topic))
            .slice(0, count)
            .includes(renamed);
        // The index leaves out topics without papers.
        const shown = (before.topicBySlug.get(renamed)?.count ?? 0) > 0;
        const expected: string[] = [...(shown ? [route.topicsIndex] : []), route.topicFeed(renamed)];
        for (const paper of before.papers) {
          const { slug } = paper.data;
          if (tagged(slug) || shownRelated(paper).some((other) => onCard(other, paper.topics, RELATED_CARD_TOPICS)))
            expected.push(route.paper(slug));
        }
        for (const topic of before.topics) {
          const family = [topic.parent, ...topic.children];
          const others = topic.neighbours.map((other) => other.slug).filter((slug) => !family.includes(slug));
          // Every page of a topic names it and its parent; only its own page shows the topics around it.
          if (topic.slug === renamed || topic.parent === renamed) expected.push(...topicPages(topic));
          else if ([...topic.children, ...others.slice(0, 6)].includes(renamed))
            expected.push(route.topicPage(topic.slug, undefined));
          topic.papers.forEach((paper, index) => {
            if (onCard(paper.data.slug, [topic.slug]))
              expected.push(route.topicPage(topic.slug, topicPageOf(index, topic.papers.length)));
          });
        }
        for (const digest of before.digests)
          digest.entries.forEach((entry, index) => {
            if (entry.slug !== undefined && onCard(entry.slug)) expected.push(route.digest(digest.id, pageOf(index)));
          });
        for (const paper of before.papers)
          if (tagged(paper.data.slug)) expected.push(...feedsListing(before, paper.data.slug));
        if ((before.topicBySlug.get(renamed)?.count ?? 0) > 0 || homePreview(before).some((slug) => onCard(slug)))
          expected.push(route.home);
        expect(changedRoutes(pageKeys(before), pageKeys(after))).toEqual(sorted(expected));
      }),
      { numRuns: 200 },
    );
  });

  describe("when a paper's title changes", () => {
    const paper = (slug: string, title: string, abstract: string, published: string, digest: string): Paper => ({
      id: `${slug.length.toString(16).padStart(2, "0")}${"0".repeat(14)}`,
      slug,
      title,
      abstract,
      published,
      links: [],
      inferred: [],
      appearances: [{ digest, position: 1, line: 1 }],
    });
    const papers = [
      paper(
        "graph-nets",
        "Graph networks for molecules",
        "Message passing over molecule graphs.",
        "2024-01-05",
        "000_a",
      ),
      paper(
        "speech-scale",
        "Speech recognition at scale",
        "A speech model trained on many hours.",
        "2024-01-04",
        "000_a",
      ),
      paper(
        "graph-sampling",
        "Graph sampling for molecules",
        "Sampling molecule graphs quickly.",
        "2024-01-03",
        "000_a",
      ),
      paper(
        "speech-diffusion",
        "Speech synthesis with diffusion",
        "Diffusion for speech audio.",
        "2024-01-02",
        "001_b",
      ),
    ];
    const input: CorpusInput = {
      entries: papers.map((data) => ({ data })),
      digests: [
        {
          id: "000_a",
          file: "000_a.txt",
          layout: "A",
          date: "2024-01-06",
          dateInferred: false,
          entries: ["graph-nets", "speech-scale", "graph-sampling"].map((slug, index) => ({
            position: index + 1,
            line: index * 3 + 1,
            slug,
          })),
        },
        {
          id: "001_b",
          file: "001_b.txt",
          layout: "A",
          date: "2024-01-01",
          dateInferred: false,
          entries: [{ position: 1, line: 1, slug: "speech-diffusion" }],
        },
      ],
    };
    const before = corpusOf(input);
    const after = corpusOf(
      withPaper(input, "graph-nets", (data) => ({ ...data, title: "Graph networks for molecules, revised" })),
    );

    it("keeps topics, related papers and the order, so only the title differs", () => {
      const relations = (corpus: TestCorpus) => corpus.papers.map((p) => [p.data.slug, p.topics, p.related]);
      expect(relations(after)).toEqual(relations(before));
      // The digest neighbour is not a related paper: its page shows the title only through the neighbour link.
      expect(before.paperBySlug.get("speech-scale")?.related).not.toContain("graph-nets");
    });

    it("changes the pages that list it, link to it as a digest neighbour, or list its title in a feed or file", () => {
      const expected = sorted([
        route.paper("graph-nets"),
        ...cardPages(before, "graph-nets"),
        ...neighbourPages(before, "graph-nets"),
        ...topicsOf(before, "graph-nets").flatMap((topic) => [route.topicFeed(topic), route.topicBib(topic)]),
        route.siteFeed,
        // Four papers of January 2024 are more than one page, so the month has its own pages; this one is newest.
        route.timelinePage("2024/01"),
      ]);
      expect(expected).toEqual([
        "digests/000_a/1",
        "feed.xml",
        "home",
        "papers/graph-nets",
        "papers/graph-sampling",
        "papers/speech-scale",
        "timeline/2024/01",
        "topics/graphs.bib",
        "topics/graphs/",
        "topics/graphs/feed.xml",
        "topics/molecules.bib",
        "topics/molecules/",
        "topics/molecules/feed.xml",
      ]);
      expect(changedRoutes(pageKeys(before), pageKeys(after))).toEqual(expected);
    });
  });
});

describe("card view", () => {
  it("holds what a card prints and nothing else", () => {
    const corpus = corpusOf({
      entries: [
        {
          data: {
            id: "0123456789abcdef",
            slug: "a-paper",
            title: "A paper",
            abstract: "First sentence. Second sentence.",
            published: "2024-02-03",
            upvotes: 0,
            authorsCount: 4,
            organization: { handle: "ai2", name: "Ai2" },
            links: [{ url: "https://github.com/a/b", kind: "code" }],
            inferred: ["published"],
            appearances: [{ digest: "000_a", position: 1, line: 1 }],
          },
        },
      ],
      digests: [],
    });
    const found = corpus.paperBySlug.get("a-paper");
    if (!found) throw new Error("a-paper");
    expect(paperCardView(found, corpus.topicBySlug)).toEqual({
      slug: "a-paper",
      title: "A paper",
      facts: { published: "2024-02-03", dateInferred: true, organization: "Ai2", authorsCount: 4 },
      topics: [{ slug: "other", name: "Other" }],
    });
  });
});

describe("lean views", () => {
  it("show the most similar related papers newest first, each with its most relevant topic besides the page's own", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        const corpus = corpusOf(input);
        for (const { params, props } of paperPagePaths(corpus, undefined)) {
          const paper = corpus.paperBySlug.get(params.slug);
          const shown = props.view.related.map((card) => card.slug);
          expect([...shown].sort()).toEqual([...(paper?.related.slice(0, RELATED_SHOWN) ?? [])].sort());
          const data = shown.flatMap((slug) => corpus.paperBySlug.get(slug)?.data ?? []);
          for (let i = 1; i < data.length; i++)
            expect(byNewest(data[i - 1] as Paper, data[i] as Paper), "newest first").toBeLessThanOrEqual(0);
          for (const card of props.view.related) {
            const others = (corpus.paperBySlug.get(card.slug)?.topics ?? []).filter(
              (slug) => !paper?.topics.includes(slug),
            );
            expect(card.topics.map((topic) => topic.slug)).toEqual(others.slice(0, RELATED_CARD_TOPICS));
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("give a topic's side column to its own page only, and its rows two other topics at most", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        const corpus = corpusOf(input);
        for (const { params, props } of topicPagePaths(corpus, PAGE_SIZE)) {
          expect(props.view.overview !== undefined, `${params.slug} page ${params.page ?? 1}`).toBe(
            params.page === undefined,
          );
          for (const card of props.view.cards) {
            const others = (corpus.paperBySlug.get(card.slug)?.topics ?? []).filter((slug) => slug !== params.slug);
            expect(card.topics.map((topic) => topic.slug)).toEqual(others.slice(0, ROW_TOPICS));
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("give a topic's BibTeX file the entries of its newest papers, in its listing's order", () => {
    const count = TOPIC_BIBTEX_LENGTH + 5;
    const corpus = corpusOf({
      entries: Array.from({ length: count }, (_, index) => ({
        data: {
          id: index.toString(16).padStart(16, "0"),
          slug: `graph-${index}`,
          title: `Graph study ${index}`,
          abstract: "A graph.",
          published: `2024-01-${String((index % 28) + 1).padStart(2, "0")}`,
          links: [],
          inferred: [],
          appearances: [{ digest: "000_a", position: index + 1, line: index + 1 }],
        },
      })),
      digests: [],
    });
    const graphs = corpus.topicBySlug.get("graphs");
    const file = topicBibliographyPaths(corpus, undefined).find((path) => path.params.slug === "graphs");
    expect(graphs?.papers).toHaveLength(count);
    expect(file?.props.view.entries).toHaveLength(TOPIC_BIBTEX_LENGTH);
    const keys = file?.props.view.entries.map((entry) => /^@misc\{([^,]+),/.exec(entry)?.[1]);
    expect(keys).toEqual(graphs?.papers.slice(0, TOPIC_BIBTEX_LENGTH).map((paper) => paper.citeKey));
  });

  it("list every digest once on the digests index, newest first, its count on the first page only", () => {
    fc.assert(
      fc.property(corpusInput, (input) => {
        const corpus = corpusOf(input);
        const pages = digestsIndexPaths(corpus, 1);
        expect(pages.flatMap((page) => page.props.view.digests.map((digest) => digest.id))).toEqual(
          corpus.digests.map((digest) => digest.id),
        );
        for (const { params, props } of pages) {
          expect(props.view.digests.length).toBeLessThanOrEqual(1);
          expect(props.view.lede !== undefined, `page ${params.page ?? "own"}`).toBe(params.page === undefined);
        }
      }),
      { numRuns: 30 },
    );
  });
});
