/**
 * When each paper arrived: the digest that first listed it (the earliest dated one), and the corpus in arrival
 * order. A digest reader's feed is "what arrived", so the feeds list papers this way rather than by publication day.
 */
import type { Digest, Paper } from "../schema/paper";
import { compareCodePoints } from "./order";

/** The listing that introduced a paper: its digest's day (absent when undated), the digest and the position. */
export interface FirstListing {
  day: string | undefined;
  digest: string;
  position: number;
}

/** Oldest listing first; undated digests after every dated one, then by digest id and position. */
function byEarliest(a: FirstListing, b: FirstListing): number {
  if (a.day !== b.day) {
    if (a.day === undefined) return 1;
    if (b.day === undefined) return -1;
  }
  return (
    compareCodePoints(a.day ?? "", b.day ?? "") || compareCodePoints(a.digest, b.digest) || a.position - b.position
  );
}

/** Newest arrival first: the day descending (undated last), then digest id and position as the digest lists them. */
function byArrival(a: FirstListing, b: FirstListing): number {
  return (
    compareCodePoints(b.day ?? "", a.day ?? "") || compareCodePoints(a.digest, b.digest) || a.position - b.position
  );
}

function firstListing(paper: Paper, dayOfDigest: ReadonlyMap<string, string | undefined>): FirstListing {
  const listings = paper.appearances.map(({ digest, position }) => ({
    day: dayOfDigest.get(digest),
    digest,
    position,
  }));
  const [first] = listings.sort(byEarliest);
  // The schema requires at least one appearance.
  if (!first) throw new Error(`paper ${paper.slug} has no appearance`);
  return first;
}

/** Each paper's first listing, keyed by slug. */
export function firstListings(papers: readonly Paper[], digests: readonly Digest[]): Map<string, FirstListing> {
  const dayOfDigest = new Map(digests.map((digest) => [digest.id, digest.date]));
  return new Map(papers.map((paper) => [paper.slug, firstListing(paper, dayOfDigest)]));
}

/** Slugs oldest arrival first: who was there first when two papers compete for the same name. */
export function oldestArrivalsFirst(listings: ReadonlyMap<string, FirstListing>): string[] {
  return [...listings].sort(([, a], [, b]) => byEarliest(a, b)).map(([slug]) => slug);
}

/** Slugs newest arrival first. */
export function newestArrivalsFirst(listings: ReadonlyMap<string, FirstListing>): string[] {
  return [...listings].sort(([, a], [, b]) => byArrival(a, b)).map(([slug]) => slug);
}
