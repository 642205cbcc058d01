/**
 * The incremental-build cache key of a page (`cacheKey` from `getStaticPaths`): a hash of exactly the view model the
 * page renders. Builders create their objects field by field in a fixed order, so `JSON.stringify` is stable.
 */
import { createHash } from "node:crypto";

export function viewKey(view: unknown): string {
  // Wrapped in an array: JSON.stringify of a bare `undefined` is not a string.
  return createHash("sha256")
    .update(JSON.stringify([view]))
    .digest("base64url")
    .slice(0, 22);
}
