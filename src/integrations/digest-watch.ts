/**
 * `astro dev` re-runs the ingest when a digest file is added, changed or removed; Astro's glob loader then
 * picks up the regenerated pages. Builds are untouched: `npm run build` ingests before Astro starts.
 */
import path from "node:path";
import type { AstroIntegration } from "astro";
import { runFromDisk } from "../../scripts/ingest/run";
import { digestsDir, papersDir } from "../../scripts/ingest/paths";

export default function digestWatch(): AstroIntegration {
  return {
    name: "lectern:digest-watch",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        const digests = path.resolve(digestsDir(process.env));
        const options = { digests, out: papersDir(process.env), quiet: true };
        let running: Promise<void> = Promise.resolve();
        const reingest = (file: string): void => {
          if (path.dirname(path.resolve(file)) !== digests) return;
          running = running.then(async () => {
            const outcome = await runFromDisk(options);
            const totals = outcome.result?.report.totals;
            if (outcome.ok && totals) {
              logger.info(
                `${path.basename(file)} changed: ${totals.papersPublished} papers, ${totals.warnings} warnings, ${outcome.stats.written} pages written`,
              );
            } else {
              logger.error(outcome.ok ? "ingest produced no report" : outcome.message);
            }
          });
        };
        // The pages folder may lie outside the project (LECTERN_PAPERS_DIR); watch it so the glob loader sees rewrites.
        server.watcher.add([digests, path.resolve(options.out)]);
        for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, reingest);
      },
    },
  };
}
