/**
 * Plans and renders a synthetic corpus of N unique papers spread over digests of 50–150 entries, some of them
 * re-listing papers from earlier digests (as real daily listings do), in layouts A and B.
 */
import { randomListingDate } from "./dates";
import { formatLayoutA, formatLayoutB, type ListedPaper } from "./format-digest";
import type { ListingStats } from "./listing-stats";
import { generatePaper, type SyntheticPaper } from "./paper";
import { createRandom, deriveSeed, type Random } from "./prng";
import type { TextModel } from "./text-model";

export interface CorpusOptions {
  /** Unique papers, i.e. the pages the site should end up with. */
  papers: number;
  seed: number;
  /** Share of entries that re-list a paper from an earlier digest. */
  duplicateRate: number;
  /** Share of digests in layout B (the rest are layout A). */
  layoutBShare: number;
  /** Share of layout-A abstracts broken over two lines. */
  splitAbstractRate: number;
  minEntries: number;
  maxEntries: number;
}

export const DEFAULT_CORPUS_OPTIONS: Omit<CorpusOptions, "papers"> = {
  seed: 20_241_209,
  duplicateRate: 0.08,
  layoutBShare: 0.25,
  splitAbstractRate: 0.01,
  minEntries: 50,
  maxEntries: 150,
};

export interface DigestFile {
  name: string;
  layout: "A" | "B";
  text: string;
  entries: number;
  /** Entries that re-list a paper first listed in an earlier digest. */
  duplicates: number;
  /** The papers listed, in order; the floor and the tests read them. */
  papers: SyntheticPaper[];
}

export interface TextSource {
  model: TextModel;
  stats: ListingStats;
}

/** Generates digests until `papers` unique papers are listed; also yields the state to extend the corpus later. */
export function generateCorpus(source: TextSource, options: CorpusOptions): CorpusGenerator {
  const generator = new CorpusGenerator(source, options);
  generator.addDigestsUntil(options.papers);
  return generator;
}

export class CorpusGenerator {
  readonly digests: DigestFile[] = [];
  readonly papers: SyntheticPaper[] = [];
  private readonly usedTitles = new Set<string>();
  private readonly random: Random;

  constructor(
    private readonly source: TextSource,
    private readonly options: CorpusOptions,
  ) {
    this.random = createRandom(deriveSeed(options.seed, `corpus:${options.papers}`));
  }

  addDigestsUntil(totalPapers: number): void {
    while (this.papers.length < totalPapers) {
      const size = this.random.int(this.options.minEntries, this.options.maxEntries);
      this.addDigest(size, totalPapers - this.papers.length, this.options.duplicateRate);
    }
  }

  /** One extra digest of `count` new papers, for the incremental rebuild case. */
  addFreshDigest(count: number): DigestFile {
    return this.addDigest(count, count, 0);
  }

  private addDigest(size: number, newPapersWanted: number, duplicateRate: number): DigestFile {
    const listed: ListedPaper[] = [];
    const inThisDigest = new Set<SyntheticPaper>();
    const freshPapers: SyntheticPaper[] = [];
    let duplicates = 0;
    while (listed.length < size && freshPapers.length < newPapersWanted) {
      const relist = this.papers.length > 0 && this.random.chance(duplicateRate);
      const paper = relist ? this.random.pick(this.papers) : this.newPaper();
      if (inThisDigest.has(paper)) continue;
      inThisDigest.add(paper);
      if (relist) duplicates++;
      else freshPapers.push(paper);
      listed.push({ paper, splitAbstract: this.random.chance(this.options.splitAbstractRate) });
    }
    // Added only now, so a digest never re-lists a paper it introduces itself.
    this.papers.push(...freshPapers);
    const digest = this.render(listed, duplicates);
    this.digests.push(digest);
    return digest;
  }

  private newPaper(): SyntheticPaper {
    return generatePaper(this.source.model, this.source.stats, this.random, this.usedTitles);
  }

  private render(listed: ListedPaper[], duplicates: number): DigestFile {
    const layout = this.random.chance(this.options.layoutBShare) ? "B" : "A";
    const text = layout === "B" ? formatLayoutB(listed) : formatLayoutA(randomListingDate(this.random, true), listed);
    const index = String(this.digests.length).padStart(5, "0");
    const hash = Array.from({ length: 16 }, () => this.random.int(0, 15).toString(16)).join("");
    return {
      name: `${index}_${hash}.txt`,
      layout,
      text,
      entries: listed.length,
      duplicates,
      papers: listed.map(({ paper }) => paper),
    };
  }
}
