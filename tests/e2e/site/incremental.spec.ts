/**
 * Incremental builds (Astro's `experimental.incrementalBuild`, keyed by hashes of the view models of
 * src/site/view-models/): after a digest is added, a rebuild that reuses the previous build must give exactly
 * the site a clean build gives, and so must a rebuild after a digest is removed (the output folder is kept between
 * builds, so a page that should be gone shows up here). A page key that misses an input shows up here as a stale
 * page. The first clean build defers its search index to `scripts/finish-build.ts`, as builds of large corpora do,
 * so the same comparison covers that path.
 */
import { existsSync } from "node:fs";
import { cp, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "../support/fixtures";
import { listFiles } from "./built-site";
import { buildScratchSite, createScratchProject, projectRoot } from "./scratch-project";

const bundledDigests = join(projectRoot, "content", "digests");

/** The routes a build reports as reused, from the summary line its log ends with. */
function reusedIn(log: string): number {
  const reused = /(\d+) reused from the previous build/.exec(log)?.[1];
  if (reused === undefined) throw new Error(`no route summary in the build log:\n${log}`);
  return Number(reused);
}

/** Files whose bytes differ between two built sites, or that only one of them has. */
async function differingFiles(left: string, right: string): Promise<string[]> {
  const [leftFiles, rightFiles] = await Promise.all([listFiles(left), listFiles(right)]);
  const all = [...new Set([...leftFiles, ...rightFiles])].sort();
  const differing: string[] = [];
  for (const file of all) {
    const [a, b] = await Promise.all([
      readFile(join(left, file)).catch(() => undefined),
      readFile(join(right, file)).catch(() => undefined),
    ]);
    if (a === undefined || b === undefined || !a.equals(b)) differing.push(file);
  }
  return differing;
}

test("a rebuild after adding a digest reuses unchanged pages and equals a clean build byte for byte", async ({
  site,
}) => {
  test.skip(site.name !== "root", "a property of the build; the root site is enough");
  // Three ingests and builds of a throwaway project: minutes on a busy machine.
  test.setTimeout(600_000);
  const workDir = await createScratchProject("incremental");
  try {
    const [first, second] = (await readdir(bundledDigests)).filter((name) => name.endsWith(".txt")).sort();
    if (first === undefined || second === undefined) throw new Error("the project bundles fewer than two digests");
    const digests = join(workDir, "content", "digests");
    const incremental = { basePath: "/", outDir: join(workDir, "dist"), cacheDir: join(workDir, "cache") };

    await cp(join(bundledDigests, first), join(digests, first));
    const firstLog = await buildScratchSite(workDir, incremental);
    expect(reusedIn(firstLog), "a first build has nothing to reuse").toBe(0);

    await cp(join(bundledDigests, second), join(digests, second));
    const rebuildLog = await buildScratchSite(workDir, incremental);
    expect(reusedIn(rebuildLog), "pages the new digest does not touch are reused").toBeGreaterThan(10);

    // The clean build also takes the large-corpus path (search index after Astro exits), which must not change a byte.
    const clean = {
      basePath: "/",
      outDir: join(workDir, "clean"),
      cacheDir: join(workDir, "clean-cache"),
      // Verbose: the line saying the index was deferred is an info line, which the short build log leaves out.
      env: { LECTERN_PARALLEL_INDEX_MAX_PAPERS: "0", LECTERN_VERBOSE: "1" },
    };
    const cleanLog = await buildScratchSite(workDir, clean);
    expect(cleanLog, "the clean build left its search index for after Astro").toContain("built after Astro exits");
    expect(await differingFiles(incremental.outDir, clean.outDir)).toEqual([]);

    // The output folder is kept between builds: pages of papers that left must go, and nothing else may linger.
    await rm(join(digests, first));
    await buildScratchSite(workDir, incremental);
    const cleanAfterRemoval = {
      basePath: "/",
      outDir: join(workDir, "clean-2"),
      cacheDir: join(workDir, "clean-2-cache"),
    };
    await buildScratchSite(workDir, cleanAfterRemoval);
    expect(await differingFiles(incremental.outDir, cleanAfterRemoval.outDir)).toEqual([]);
    const publicFiles = await listFiles(join(workDir, "public"));
    expect(publicFiles.length).toBeGreaterThan(0);
    for (const file of publicFiles) expect(existsSync(join(incremental.outDir, file)), file).toBe(true);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
});
