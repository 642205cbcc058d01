/**
 * A content hash of everything the search index is built from (the paper pages and the taxonomy that names their
 * topics). The search page hands it to Pagefind as `metaCacheTag` and the service worker precaches the entry file
 * under it, so a reader's browser fetches a new index exactly when the index can have changed. Being a hash of the
 * inputs rather than a per-build id keeps builds deterministic, which Astro's incremental builds rely on.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { readInBatches } from "../lib/read-in-batches";
import { paperPageFiles } from "./read-documents";

export async function searchIndexVersion(papersDir: string, taxonomyFile: string): Promise<string> {
  const hash = createHash("sha256").update(await readFile(taxonomyFile));
  for await (const { file, content } of readInBatches(await paperPageFiles(papersDir)))
    hash.update(basename(file)).update("\0").update(content).update("\0");
  return hash.digest("hex").slice(0, 12);
}
