/** `npm run ingest`: digest files in, one MDX page per paper out. See `--help`. */
import { parseCli, USAGE } from "./ingest/cli";
import { formatSummary } from "./ingest/report";
import { runFromDisk } from "./ingest/run";

const parsed = parseCli(process.argv.slice(2), process.env);
if (parsed.kind === "help") {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.kind === "usage-error") {
  console.error(`ingest: ${parsed.message}\n\n${USAGE}`);
  process.exit(2);
}

const outcome = await runFromDisk(parsed.options);
if (outcome.result && !parsed.options.quiet) console.log(formatSummary(outcome.result.report));
if (!outcome.ok) {
  console.error(`ingest: ${outcome.message}`);
  process.exit(1);
}
const { stats } = outcome;
console.log(`ingest: ${outcome.result.pages.length} pages in ${parsed.options.out} (${stats.written} written, ${stats.unchanged} unchanged, ${stats.removed} removed)`);
