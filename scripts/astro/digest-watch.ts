/**
 * `astro dev` re-runs the ingest when a digest file is added, changed or removed, when the topic taxonomy changes,
 * or when a note does (the ingest checks notes and indexes their words); the content loaders then pick up the regenerated pages and derived corpus. Builds are untouched:
 * `npm run build` ingests before Astro starts. Paths resolve from the project root Astro is given.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { runFromDisk } from "../ingest/run";
import { digestsDir, notesDirBeside, papersDir, topicsFile } from "../../src/lib/project-files";

export default function digestWatch(): AstroIntegration {
  let root = "";
  return {
    name: "lectern:digest-watch",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:server:setup": ({ server, logger }) => {
        const options = {
          digests: path.resolve(root, digestsDir(process.env)),
          out: path.resolve(root, papersDir(process.env)),
          topics: path.resolve(root, topicsFile(process.env)),
          notes: path.resolve(root, notesDirBeside(digestsDir(process.env))),
          quiet: true,
          verbose: false,
        };
        let running: Promise<void> = Promise.resolve();
        const reingest = (file: string): void => {
          const changed = path.resolve(file);
          const isNote = changed.startsWith(`${options.notes}${path.sep}`) && changed.endsWith(".mdx");
          if (path.dirname(changed) !== options.digests && changed !== options.topics && !isNote) return;
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
        // The pages folder may lie outside the project (LECTERN_PAPERS_DIR); watch it so the loaders see rewrites.
        server.watcher.add([options.digests, options.topics, options.out, options.notes]);
        for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, reingest);
      },
    },
  };
}
