/**
 * What a digest is called wherever a reader sees it (its page, the digests index, a paper's appearances, the search
 * page's digest filter): its listing date when it has one, else the leading part of its file id, `003` of
 * `003_8ef286ce0b4caa70`, which is how the digest folder orders its files.
 */
import type { Digest } from "../schema/paper";
import { formatDay } from "./format";

export function digestLabel(digest: Pick<Digest, "id" | "date">): string {
  return digest.date ? `Digest of ${formatDay(digest.date)}` : `Undated digest ${digest.id.split("_")[0] ?? digest.id}`;
}

/**
 * Labels that tell every digest apart, by id: two listings of the same day (or two undated files with the same
 * leading number) get their file id added, so a filter never merges digests a reader could not tell apart.
 */
export function distinctDigestLabels(digests: readonly Pick<Digest, "id" | "date">[]): Map<string, string> {
  const labels = digests.map((digest) => [digest.id, digestLabel(digest)] as const);
  const uses = new Map<string, number>();
  for (const [, label] of labels) uses.set(label, (uses.get(label) ?? 0) + 1);
  return new Map(labels.map(([id, label]) => [id, (uses.get(label) ?? 0) > 1 ? `${label} (${id})` : label]));
}
