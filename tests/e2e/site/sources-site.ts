/**
 * Builds a throwaway copy of the site from real source samples alone (a Hugging Face `/api/daily_papers` day and an
 * arXiv API Atom answer), through the real ingest and Astro build, so the sources spec sees what a reader would.
 */
import { cp } from "node:fs/promises";
import { join, resolve } from "node:path";
import { buildScratchSite, createScratchProject } from "./scratch-project";

const samples = resolve(import.meta.dirname, "../../fixtures/samples");

/** Sample file → the name `npm run fetch` would give it in the digests folder. */
export const sourceDigests = {
  "hf-api/api_daily_papers_date-2026-08-21_filtered_indent2.json": "hf-2026-08-21.json",
  "arxiv/arxivpy_2016_search_au_del_maestro.atom.xml": "arxiv-au-del-maestro-2016-10-09.xml",
} as const;

export interface SourcesSite {
  outDir: string;
  /** What `astro build` printed. */
  buildLog: string;
}

export async function buildSourcesSite(basePath: string): Promise<SourcesSite> {
  const workDir = await createScratchProject("sources");
  for (const [sample, name] of Object.entries(sourceDigests)) {
    await cp(join(samples, sample), join(workDir, "content", "digests", name));
  }
  const outDir = join(workDir, "dist");
  const buildLog = await buildScratchSite(workDir, { basePath, outDir, cacheDir: join(workDir, "cache") });
  return { outDir, buildLog };
}
