/** One synthetic paper: its text and the listing metadata a layout-A digest may show for it. */
import { randomListingDate, type ListingDate } from "./dates";
import type { ListingStats } from "./listing-stats";
import type { Random } from "./prng";
import { generateAbstract, generateTitle, type TextModel } from "./text-model";

export type PaperMeta =
  | { kind: "authors"; count: number; date: ListingDate; upvotes?: number }
  | { kind: "organisation"; handle: string; name: string; date: ListingDate; upvotes?: number };

export interface SyntheticPaper {
  title: string;
  abstract: string;
  /** Absent for the entries the bundled listings show without metadata. */
  meta?: PaperMeta;
}

/** Identity as the ingest defines it (title up to case, punctuation and whitespace), so titles never collide. */
export function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

export function generatePaper(
  model: TextModel,
  stats: ListingStats,
  random: Random,
  usedTitles: Set<string>,
): SyntheticPaper {
  const title = uniqueTitle(model, random, usedTitles);
  const abstract = generateAbstract(model, random);
  if (!random.chance(stats.metadataRate)) return { title, abstract };
  return { title, abstract, meta: generateMeta(stats, random) };
}

function uniqueTitle(model: TextModel, random: Random, usedTitles: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const title = generateTitle(model, random, attempt > 0);
    const key = titleKey(title);
    if (key !== "" && !usedTitles.has(key)) {
      usedTitles.add(key);
      return title;
    }
  }
}

function generateMeta(stats: ListingStats, random: Random): PaperMeta {
  const date = randomListingDate(random, random.chance(stats.yearlessRate));
  const upvotes = random.chance(stats.upvoteRate) ? { upvotes: random.pick(stats.upvotes) } : {};
  if (random.chance(stats.organisationRate)) {
    const organisation = random.pick(stats.organisations);
    return { kind: "organisation", ...organisation, date, ...upvotes };
  }
  return { kind: "authors", count: random.pick(stats.authorCounts), date, ...upvotes };
}
