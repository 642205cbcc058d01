/** Digests in the interface: the papers before and after a paper in one digest. */
import type { Digest } from "../schema/paper";

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
