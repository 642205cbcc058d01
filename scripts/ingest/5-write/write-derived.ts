/**
 * The last stage of the ingest: derives the corpus-wide facts once from the papers just validated (topics, related
 * papers, orders, search records; `src/lib/derive-corpus.ts`) and writes them beside the pages as `corpus.json`,
 * `search-records.jsonl` (shard after shard, `src/lib/search/shards.ts`) and the search index manifest
 * `search-index.json`. The index version is a hash of the records, so it changes exactly when the index can; a
 * shard's id is a hash of its own records, so it changes exactly when that shard must be re-indexed.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { deriveCorpus, type NotesInput } from "../../../src/lib/derive-corpus";
import type { TopicDistribution } from "../../../src/lib/topics/distribution";
import type { Taxonomy } from "../../../src/schema/taxonomy";
import { derivedCorpusSchema } from "../../../src/schema/corpus";
import type { Digest, Paper } from "../../../src/schema/paper";
import { CORPUS_FILE, SEARCH_INDEX_FILE, SEARCH_RECORDS_FILE } from "../../../src/lib/project-files";
import { planShards } from "../../../src/lib/search/shards";
import { searchIndexManifestSchema } from "../../../src/schema/search-index";
import { serializeRecords } from "../../search-index/records-file";
import { writeIfChanged } from "./write";

export interface DerivedOutput {
  distribution: TopicDistribution;
  indexVersion: string;
  /** Files rewritten (0–3): unchanged ones are left alone, so watchers and caches see no change. */
  written: number;
}

export function writeDerived(
  folder: string,
  papers: readonly Paper[],
  digests: readonly Digest[],
  taxonomy: Taxonomy,
  papersPerShard: number,
  notes?: NotesInput,
): DerivedOutput {
  const { corpus, searchRecords, distribution } = deriveCorpus(papers, digests, taxonomy, notes);
  const shards = planShards(searchRecords, papersPerShard).map(serializeRecords);
  const records = shards.join("");
  const indexVersion = contentHash(records);
  // Checked like every page: a derivation bug must fail here, naming the field, not deep inside Astro.
  const checked = derivedCorpusSchema.parse({ ...corpus, indexVersion });
  const manifest = searchIndexManifestSchema.parse({
    version: 1,
    indexVersion,
    papers: searchRecords.length,
    shards: shards.map((shard) => ({ id: contentHash(shard), papers: shard.split("\n").length - 1 })),
  });
  const written = [
    writeIfChanged(path.join(folder, CORPUS_FILE), `${JSON.stringify(checked)}\n`),
    writeIfChanged(path.join(folder, SEARCH_RECORDS_FILE), records),
    writeIfChanged(path.join(folder, SEARCH_INDEX_FILE), `${JSON.stringify(manifest, null, 2)}\n`),
  ];
  return { distribution, indexVersion, written: written.filter(Boolean).length };
}

const contentHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 12);
