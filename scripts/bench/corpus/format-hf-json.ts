/**
 * Renders generated digests as Hugging Face `/api/daily_papers` responses (one file per listing day), so the
 * benchmark can time the JSON ingest on the same papers as the text one. A paper keeps its arXiv id and authors
 * wherever it is re-listed, as it does on the real listing, so re-listings merge by id.
 */
import { DEFAULT_CORPUS_OPTIONS, type DigestFile } from "./generate";
import type { SyntheticPaper } from "./paper";
import { createRandom, deriveSeed, type Random } from "./prng";

// Accents and apostrophes on purpose: the real listings have them, and the ingest must carry them unharmed.
const GIVEN_NAMES = ["Ana", "Björn", "Chen", "Dmitri", "Émilie", "Farah", "Giulia", "Hiroshi", "Ines", "Jae-won"];
const FAMILY_NAMES = ["Álvarez", "Bose", "Castellanos", "Dąbrowski", "Eriksson", "Fujita", "García", "O'Neill"];
const FIRST_LISTING_DAY = Date.UTC(2024, 0, 2);
const DAY_MS = 86_400_000;

interface HfIdentity {
  id: string;
  authors: string[];
  publishedAt: string;
}

export interface HfJsonFile {
  name: string;
  text: string;
  entries: number;
}

export class HfJsonRenderer {
  private readonly identities = new Map<SyntheticPaper, HfIdentity>();
  private readonly random: Random;

  constructor(seed = DEFAULT_CORPUS_OPTIONS.seed) {
    this.random = createRandom(deriveSeed(seed, "hf-json"));
  }

  /** The `index`-th listing day's response; days follow one another from 2 January 2024. */
  render(digest: DigestFile, index: number): HfJsonFile {
    const listingDay = new Date(FIRST_LISTING_DAY + index * DAY_MS).toISOString();
    const items = digest.papers.map((paper) => {
      const identity = this.identityOf(paper, listingDay);
      const upvotes = paper.meta?.upvotes ?? 0;
      return {
        paper: {
          id: identity.id,
          authors: identity.authors.map((name) => ({ name, hidden: false })),
          publishedAt: identity.publishedAt,
          submittedOnDailyAt: listingDay,
          title: paper.title,
          summary: paper.abstract,
          upvotes,
          ...(paper.meta?.kind === "organisation"
            ? { organization: { name: paper.meta.handle, fullname: paper.meta.name } }
            : {}),
        },
        publishedAt: listingDay,
        title: paper.title,
        summary: paper.abstract,
        numComments: this.random.int(0, 4),
      };
    });
    return { name: `${listingDay.slice(0, 10)}.json`, text: JSON.stringify(items), entries: items.length };
  }

  private identityOf(paper: SyntheticPaper, listingDay: string): HfIdentity {
    const known = this.identities.get(paper);
    if (known) return known;
    const published = new Date(Date.parse(listingDay) - DAY_MS);
    const yymm = published.toISOString().slice(2, 7).replace("-", "");
    const number = String(this.identities.size + 1).padStart(5, "0");
    const count = paper.meta?.kind === "authors" ? paper.meta.count : this.random.int(1, 12);
    const authors = Array.from(
      { length: count },
      () => `${this.random.pick(GIVEN_NAMES)} ${this.random.pick(FAMILY_NAMES)}`,
    );
    const identity = { id: `${yymm}.${number}`, authors, publishedAt: published.toISOString() };
    this.identities.set(paper, identity);
    return identity;
  }
}
