/**
 * What a digest is called wherever a reader sees it (its page, the digests index, a paper's appearances, the search
 * page's digest filter): its listing date when it has one, else the leading part of its file id, `003` of
 * `003_8ef286ce0b4caa70`, which is how the digest folder orders its files.
 */
import type { Digest } from "../schema/paper";
import { formatDay } from "./format";
import { compareCodePoints } from "./order";

export function digestLabel(digest: Pick<Digest, "id" | "date">): string {
  return digest.date ? `Digest of ${formatDay(digest.date)}` : `Undated digest ${digest.id.split("_")[0] ?? digest.id}`;
}

/**
 * Labels that tell every digest apart, by id: of two listings of the same day (or two undated files with the same
 * leading number), the one first in file order keeps the plain label and the others get their file id added, so a
 * filter never merges digests a reader could not tell apart, and a digest added later never renames one already
 * there (which would change the search records of all its papers).
 */
export function distinctDigestLabels(digests: readonly Pick<Digest, "id" | "date">[]): Map<string, string> {
  const labels = [...digests]
    .sort((a, b) => compareCodePoints(a.id, b.id))
    .map((digest) => [digest.id, digestLabel(digest)] as const);
  const taken = new Set<string>();
  const distinct = new Map<string, string>();
  for (const [id, label] of labels) {
    distinct.set(id, taken.has(label) ? `${label} (${id})` : label);
    taken.add(label);
  }
  return new Map(digests.map((digest) => [digest.id, distinct.get(digest.id) ?? digestLabel(digest)]));
}
