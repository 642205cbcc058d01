/**
 * Reads many files in order, a batch at a time: one read at a time left 10k-page builds waiting on the disk for
 * seconds (the service worker hash, the search index version, the search indexer all read every page).
 */
import { readFile } from "node:fs/promises";

const READ_BATCH = 64;

/** Yields each file's bytes in the order given, holding at most one batch in memory. */
export async function* readInBatches(files: readonly string[]): AsyncGenerator<{ file: string; content: Buffer }> {
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const contents = await Promise.all(batch.map((file) => readFile(file)));
    for (const [index, file] of batch.entries()) yield { file, content: contents[index] ?? Buffer.alloc(0) };
  }
}
