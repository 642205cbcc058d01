/** Loads the bundled digests as training material: unique titles, abstracts and metadata blocks. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareCodePoints } from "../../../src/lib/order";
import { readDigest, type ReadEntry } from "./read-digest";

export interface TrainingSet {
  entries: ReadEntry[];
  /** Entries from layout-A digests, the only layout with metadata, so its rates are measured there. */
  layoutAEntries: ReadEntry[];
}

export function loadTrainingSet(digestsDir: string): TrainingSet {
  const seen = new Set<string>();
  const entries: ReadEntry[] = [];
  const layoutAEntries: ReadEntry[] = [];
  for (const name of readdirSync(digestsDir)
    .filter((file) => file.endsWith(".txt"))
    .sort(compareCodePoints)) {
    const digest = readDigest(readFileSync(join(digestsDir, name), "utf8"));
    if (digest.layout === "A") layoutAEntries.push(...digest.entries);
    for (const entry of digest.entries) {
      if (entry.title === "" || entry.abstract === "" || seen.has(entry.title)) continue;
      seen.add(entry.title);
      entries.push(entry);
    }
  }
  if (entries.length === 0)
    throw new Error(`no training entries found in ${digestsDir}: expected the bundled *.txt digests`);
  return { entries, layoutAEntries };
}
