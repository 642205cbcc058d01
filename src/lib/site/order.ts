/** Orderings shared by every listing, so that the home page, topics and feeds agree on "newest". */
import type { Digest, Paper } from "../../schema/paper";
import { compareCodePoints } from "../compare-code-points";

/** Newest first; undated papers sink to the end; equal dates fall back to the title for a stable order. */
export function byNewest(a: Paper, b: Paper): number {
  const dayA = a.published ?? "";
  const dayB = b.published ?? "";
  return compareCodePoints(dayB, dayA) || compareCodePoints(a.title, b.title);
}

/** Most upvoted first, then newest. */
export function byUpvotes(a: Paper, b: Paper): number {
  return (b.upvotes ?? 0) - (a.upvotes ?? 0) || byNewest(a, b);
}

/** Newest digest first; undated digests last, then by id so the order never depends on the file system. */
export function byDigestDate(a: Digest, b: Digest): number {
  const dayA = a.date ?? "";
  const dayB = b.date ?? "";
  return compareCodePoints(dayB, dayA) || compareCodePoints(a.id, b.id);
}
