/**
 * Builds the Pagefind index of paper pages after Astro has written the site, so `npm run build` ships search.
 * Only `papers/**` pages are handed to Pagefind: listing pages can never leak into results as papers.
 * Any indexing error fails the build, since a site without working search must not deploy.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { close, createIndex } from "pagefind";

/** Pages indexed as papers, relative to the output folder. */
export const paperPagesGlob = "papers/*/index.html";

/** Where the bundle goes: Pagefind's default `<base>pagefind/`, which the search client and service worker expect. */
export const pagefindBundleDir = "pagefind";

const fail = (step: string, errors: readonly string[]): never => {
  throw new Error(
    `Pagefind ${step} failed:\n  - ${errors.join("\n  - ")}\n` +
      "Search would be broken, so the build stops. Check the paper page template's data-pagefind-* attributes.",
  );
};

export const buildSearchIndex = async (outDir: string, logger: AstroIntegrationLogger): Promise<void> => {
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index || errors.length > 0) return fail("start", errors);
  try {
    const added = await index.addDirectory({ path: outDir, glob: paperPagesGlob });
    if (added.errors.length > 0) fail("indexing", added.errors);
    if (added.page_count === 0) fail("indexing", [`no pages matched ${paperPagesGlob} in ${outDir}`]);
    const written = await index.writeFiles({ outputPath: join(outDir, pagefindBundleDir) });
    if (written.errors.length > 0) fail("writing", written.errors);
    logger.info(`indexed ${added.page_count} paper pages into ${pagefindBundleDir}/`);
  } finally {
    await close();
  }
};

export default function pagefind(): AstroIntegration {
  return {
    name: "lectern:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
