/**
 * Readable, unique slugs that never move. A paper keeps the slug the previous run gave it for as long as it
 * stays; only papers new to this run get one, and a newcomer whose title is taken gets a suffix from its
 * identity hash. Slugs of papers that left are held for them, so a URL never starts showing another paper.
 */
import slugify from "@sindresorhus/slugify";
import { compareCodePoints } from "../../../src/lib/order";
import type { Appearance } from "../../../src/schema/paper";
import type { RetiredSlug } from "../../../src/schema/slug-record";

const MAX_SLUG_LENGTH = 80;

/** Suffixes start at this many hex digits of the identity hash and lengthen until unique. */
const SUFFIX_LENGTH = 6;

/** Held slugs remembered, newest kept: enough for years of departures, and a record that stays small. */
export const RETIRED_LIMIT = 10_000;

const REPLACEMENTS: Array<[string, string]> = [
  ["&", " and "],
  ["+", " plus "],
  ["%", " percent "],
  ["@", " at "],
];

/** Cut at a word boundary; the result is `a-z0-9-` only, so it can never leave the output folder. */
export function baseSlug(title: string): string {
  const slug = slugify(title, { customReplacements: REPLACEMENTS, decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug === "" ? "paper" : slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 20 ? cut.slice(0, boundary) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}

/** What one run assigned, and what the next run needs to keep it. */
export interface SlugRecord {
  /** The slug of each paper, by id. */
  papers: ReadonlyMap<string, string>;
  /** Slugs of papers that left, oldest first, held for them; at most {@link RETIRED_LIMIT}. */
  retired: readonly RetiredSlug[];
}

export const EMPTY_SLUG_RECORD: SlugRecord = { papers: new Map(), retired: [] };

export interface SluggablePaper {
  id: string;
  title: string;
  /** Where the paper is listed, in digest then position order; the first one orders same-titled newcomers. */
  appearances: readonly Appearance[];
}

function byFirstListing(a: SluggablePaper, b: SluggablePaper): number {
  const [first, second] = [a.appearances[0], b.appearances[0]];
  if (!first || !second) return compareCodePoints(a.id, b.id);
  return (
    compareCodePoints(first.digest, second.digest) || first.position - second.position || compareCodePoints(a.id, b.id)
  );
}

/** The bases `slug` can be a slug of for paper `id`: itself, and itself without a suffix from `id`. */
function basesOf(slug: string, id: string): string[] {
  const bases = [slug];
  for (let length = SUFFIX_LENGTH; length <= id.length; length++)
    if (slug.endsWith(`-${id.slice(0, length)}`)) bases.push(slug.slice(0, -(length + 1)));
  return bases;
}

/** Slugs of papers that left in this run, by the base they belong to, bare slug first. */
function departuresByBase(departed: readonly RetiredSlug[]): Map<string, RetiredSlug[]> {
  const byBase = new Map<string, RetiredSlug[]>();
  for (const departure of departed)
    for (const base of basesOf(departure.slug, departure.id))
      byBase.set(base, [...(byBase.get(base) ?? []), departure]);
  return byBase;
}

function suffixedSlug(base: string, id: string, taken: ReadonlySet<string>): string {
  let length = SUFFIX_LENGTH;
  let slug = `${base}-${id.slice(0, length)}`;
  while (taken.has(slug) && length < id.length) slug = `${base}-${id.slice(0, ++length)}`;
  return slug;
}

/** Slugs kept from the previous run, and previously retired slugs reclaimed by papers that came back. */
function keptSlugs(papers: readonly SluggablePaper[], previous: SlugRecord): Map<string, string> {
  const kept = new Map<string, string>();
  const used = new Set<string>();
  const reclaimable = new Map(previous.retired.map((retired) => [retired.id, retired.slug]));
  for (const paper of papers) {
    const slug = previous.papers.get(paper.id) ?? reclaimable.get(paper.id);
    if (slug === undefined || used.has(slug)) continue;
    kept.set(paper.id, slug);
    used.add(slug);
  }
  return kept;
}

/**
 * The slug of every paper, given the previous run's record:
 * 1. a paper of the previous run keeps its slug; a paper that left and comes back reclaims its held slug;
 * 2. a newcomer may take over the slug of a paper of the same base slug that left in this very run (what a
 *    changed abstract or a cleaning fix looks like: a new identity for the same listing), bare slug first;
 * 3. otherwise the first-listed newcomer of a base gets the bare base if no paper holds it, and every other
 *    newcomer gets `<base>-<hash>`, lengthened until it collides with nothing held, kept or assigned.
 * Slugs of papers that left are held (retired) for them, newest {@link RETIRED_LIMIT} kept.
 */
export function assignSlugs(papers: readonly SluggablePaper[], previous: SlugRecord = EMPTY_SLUG_RECORD): SlugRecord {
  const listed = [...papers].sort(byFirstListing);
  const present = new Set(listed.map((paper) => paper.id));
  const slugs = keptSlugs(listed, previous);
  const taken = new Set(slugs.values());
  const departed = [...previous.papers]
    .filter(([id, slug]) => !present.has(id) && !taken.has(slug))
    .map(([id, slug]) => ({ id, slug }))
    .sort((a, b) => compareCodePoints(a.slug, b.slug));
  const held = [...previous.retired.filter((retired) => !taken.has(retired.slug)), ...departed];
  for (const { slug } of held) taken.add(slug);

  const newcomersByBase = new Map<string, SluggablePaper[]>();
  for (const paper of listed) {
    if (slugs.has(paper.id)) continue;
    const base = baseSlug(paper.title);
    const newcomers = newcomersByBase.get(base);
    if (newcomers) newcomers.push(paper);
    else newcomersByBase.set(base, [paper]);
  }
  const bases = [...newcomersByBase.keys()].sort(compareCodePoints);
  const departures = departuresByBase(departed);
  const succeeded = new Set<string>();
  for (const base of bases) {
    const successions = (departures.get(base) ?? []).filter(({ slug }) => !succeeded.has(slug));
    for (const paper of newcomersByBase.get(base) ?? []) {
      const next = successions.shift();
      if (!next) break;
      slugs.set(paper.id, next.slug);
      succeeded.add(next.slug);
    }
  }
  for (const base of bases) {
    const first = newcomersByBase.get(base)?.find((paper) => !slugs.has(paper.id));
    if (first && !taken.has(base)) {
      slugs.set(first.id, base);
      taken.add(base);
    }
  }
  for (const base of bases) {
    for (const paper of newcomersByBase.get(base) ?? []) {
      if (slugs.has(paper.id)) continue;
      const slug = suffixedSlug(base, paper.id, taken);
      slugs.set(paper.id, slug);
      taken.add(slug);
    }
  }
  const retired = held.filter((entry) => !succeeded.has(entry.slug)).slice(-RETIRED_LIMIT);
  return { papers: slugs, retired };
}
