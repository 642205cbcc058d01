/**
 * Readable, unique, stable slugs. A slug depends only on the paper itself: titles shared by several papers
 * (after slugging) give every one of them a suffix from its identity hash, so adding or reordering digests
 * never renames another paper's page except to disambiguate its own title.
 */
import slugify from "@sindresorhus/slugify";
import { compareCodePoints } from "../../src/lib/compare-code-points";

const MAX_SLUG_LENGTH = 80;

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

/** Slug for each paper id. Suffixes lengthen until unique, which also covers a title that looks like a suffixed slug. */
export function assignSlugs(papers: ReadonlyArray<{ id: string; title: string }>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const paper of papers) {
    const base = baseSlug(paper.title);
    byBase.set(base, [...(byBase.get(base) ?? []), paper.id]);
  }
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  const sortedBases = [...byBase.keys()].sort(compareCodePoints);
  for (const base of sortedBases) {
    const ids = byBase.get(base) ?? [];
    if (ids.length === 1 && ids[0]) {
      slugs.set(ids[0], base);
      taken.add(base);
    }
  }
  for (const base of sortedBases) {
    const ids = [...(byBase.get(base) ?? [])].sort(compareCodePoints);
    if (ids.length === 1) continue;
    for (const id of ids) {
      let length = 6;
      let slug = `${base}-${id.slice(0, length)}`;
      while (taken.has(slug) && length < id.length) slug = `${base}-${id.slice(0, ++length)}`;
      slugs.set(id, slug);
      taken.add(slug);
    }
  }
  return slugs;
}
