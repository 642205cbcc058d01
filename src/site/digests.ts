/**
 * Digests in the interface: what a digest is called (its listing date when it has one, else the leading part of
 * its file id, `003` of `003_8ef286ce0b4caa70`, which is how the digest folder orders its files), and the papers
 * before and after a paper in it.
 */
import type { Digest } from "../schema/paper";
import { formatDay } from "../lib/format";

export function digestLabel(digest: Digest): string {
  return digest.date ? `Digest of ${formatDay(digest.date)}` : `Undated digest ${digest.id.split("_")[0] ?? digest.id}`;
}

/** Previous and next published entries around a paper within one digest, for reading a digest in order. */

export interface DigestNeighbours {
  previous?: string;
  next?: string;
}

export function digestNeighbours(digest: Digest, slug: string): DigestNeighbours {
  const slugs = digest.entries.flatMap((entry) => (entry.slug ? [entry.slug] : []));
  const index = slugs.indexOf(slug);
  if (index < 0) return {};
  const previous = slugs[index - 1];
  const next = slugs[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
