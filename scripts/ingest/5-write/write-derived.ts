/**
 * The last stage of the ingest: derives the corpus-wide facts once from the papers just validated (topics, related
 * papers, orders, search records; `src/lib/derive-corpus.ts`) and writes them beside the pages as `corpus.json` and
 * `search-records.jsonl`. The index version is a hash of the records, so it changes exactly when the index can.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { deriveCorpus } from "../../../src/lib/derive-corpus";
import type { TopicDistribution } from "../../../src/lib/topics/distribution";
import type { Taxonomy } from "../../../src/schema/taxonomy";
import { derivedCorpusSchema } from "../../../src/schema/corpus";
import type { Digest, Paper } from "../../../src/schema/paper";
import { CORPUS_FILE, SEARCH_RECORDS_FILE } from "../../../src/lib/project-files";
import { serializeRecords } from "../../search-index/records-file";
import { writeIfChanged } from "./write";

export interface DerivedOutput {
  distribution: TopicDistribution;
  indexVersion: string;
  /** Files rewritten (0–2): unchanged ones are left alone, so watchers and caches see no change. */
  written: number;
}

export function writeDerived(
  folder: string,
  papers: readonly Paper[],
  digests: readonly Digest[],
  taxonomy: Taxonomy,
): DerivedOutput {
  const { corpus, searchRecords, distribution } = deriveCorpus(papers, digests, taxonomy);
  const records = serializeRecords(searchRecords);
  const indexVersion = createHash("sha256").update(records).digest("hex").slice(0, 12);
  // Checked like every page: a derivation bug must fail here, naming the field, not deep inside Astro.
  const checked = derivedCorpusSchema.parse({ ...corpus, indexVersion });
  const written = [
    writeIfChanged(path.join(folder, CORPUS_FILE), `${JSON.stringify(checked)}\n`),
    writeIfChanged(path.join(folder, SEARCH_RECORDS_FILE), records),
  ];
  return { distribution, indexVersion, written: written.filter(Boolean).length };
}
