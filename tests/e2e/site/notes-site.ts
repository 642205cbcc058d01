/**
 * Builds a throwaway copy of the site from one fixture digest and fixture notes (`tests/fixtures/notes/`): a note
 * using every component and math, and a note whose paper is not in the corpus. Returns the built folder and what
 * the ingest printed, which names the orphaned note.
 */
import { cp } from "node:fs/promises";
import { join, resolve } from "node:path";
import { buildScratchSite, createScratchProject, run } from "./scratch-project";

const fixtures = resolve(import.meta.dirname, "../../fixtures/notes");

export async function buildNotesSite(basePath: string): Promise<{ outDir: string; ingestLog: string }> {
  const workDir = await createScratchProject("notes");
  await cp(join(fixtures, "digest.txt"), join(workDir, "content", "digests", "digest.txt"));
  await cp(join(fixtures, "notes"), join(workDir, "content", "notes"), { recursive: true });
  const ingestLog = await run("npx", ["tsx", "scripts/ingest.ts"], workDir);
  const outDir = join(workDir, "dist");
  await buildScratchSite(workDir, { basePath, outDir, cacheDir: join(workDir, "cache") });
  return { outDir, ingestLog };
}
