/**
 * Builds a throwaway copy of the site from one hostile digest (HTML tags, `<script>`, `{expressions}`, `import`
 * lines in titles and abstracts), through the real ingest and Astro build, so the injection spec tests the
 * whole pipeline rather than a component in isolation.
 */
import { cp } from "node:fs/promises";
import { join, resolve } from "node:path";
import { buildScratchSite, createScratchProject } from "./scratch-project";

const hostileDigest = resolve(import.meta.dirname, "hostile-digest.txt");

/** Returns the folder of the built hostile site. */
export async function buildHostileSite(basePath: string): Promise<string> {
  const workDir = await createScratchProject("hostile");
  await cp(hostileDigest, join(workDir, "content", "digests", "000_hostile.txt"));
  const outDir = join(workDir, "dist");
  await buildScratchSite(workDir, { basePath, outDir, cacheDir: join(workDir, "cache") });
  return outDir;
}
