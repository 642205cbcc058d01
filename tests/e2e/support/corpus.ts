/** The built site's `papers.json`, so tests pick real papers and topics instead of hard-coding titles. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SiteVariant } from "./sites";

export interface CorpusPaper {
  slug: string;
  title: string;
  abstract: string;
  published?: string;
  upvotes?: number;
  authorsCount?: number;
  topics: string[];
  appearances: { digest: string; position: number }[];
}

export interface CorpusTopic {
  slug: string;
  name: string;
  count: number;
}

export interface CorpusDigest {
  id: string;
  papers: string[];
}

export interface Corpus {
  papers: CorpusPaper[];
  topics: CorpusTopic[];
  digests: CorpusDigest[];
}

export const readCorpus = (site: SiteVariant): Corpus =>
  JSON.parse(readFileSync(join(site.outDir, "papers.json"), "utf8")) as Corpus;
