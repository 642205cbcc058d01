/**
 * A content hash of everything the search index is built from (the paper pages and the taxonomy that names their
 * topics). The search page hands it to Pagefind as `metaCacheTag` and the service worker precaches the entry file
 * under it, so a reader's browser fetches a new index exactly when the index can have changed. Being a hash of the
 * inputs rather than a per-build id keeps builds deterministic, which Astro's incremental builds rely on.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { isPaperPageName } from "../../src/loaders/paper-page-file";

/** Files read at once: one at a time leaves a 10k-page hash waiting on the disk. */
const READ_BATCH = 64;

export async function searchIndexVersion(papersDir: string, taxonomyFile: string): Promise<string> {
  const hash = createHash("sha256").update(await readFile(taxonomyFile));
  const names = (await readdir(papersDir)).filter(isPaperPageName).sort();
  for (let start = 0; start < names.length; start += READ_BATCH) {
    const batch = names.slice(start, start + READ_BATCH);
    const contents = await Promise.all(batch.map((name) => readFile(join(papersDir, name))));
    batch.forEach((name, index) =>
      hash
        .update(name)
        .update("\0")
        .update(contents[index] ?? "")
        .update("\0"),
    );
  }
  return hash.digest("hex").slice(0, 12);
}
