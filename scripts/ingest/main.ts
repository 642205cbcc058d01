/** The ingest CLI as a function: arguments and output streams in, exit code out (testable in-process). */
import { parseCli, USAGE } from "./cli";
import { formatProblemSummary, formatSummary } from "./report";
import { formatTopicCounts, formatTopicDistribution } from "../../src/lib/topics/distribution";
import { runFromDisk } from "./run";
import { formatProblem } from "../../src/lib/input-problems";

export interface Output {
  log: (text: string) => void;
  error: (text: string) => void;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, output: Output): Promise<number> {
  const parsed = parseCli(argv, env);
  if (parsed.kind === "help") {
    output.log(USAGE);
    return 0;
  }
  if (parsed.kind === "usage-error") {
    output.error(`ingest: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const outcome = await runFromDisk(options);
  if (outcome.result && !options.quiet) {
    const report = outcome.result.report;
    const lines = options.verbose ? [formatSummary(report)] : formatProblemSummary(report);
    if (lines.length > 0) output.log(lines.join("\n"));
  }
  if (!outcome.ok) {
    output.error(`ingest: ${outcome.message}`);
    return 1;
  }
  const { stats, result } = outcome;
  // Shown even with --quiet: an orphaned note is the owner's words, and they should hear of it at every build.
  for (const warning of outcome.noteWarnings) output.error(`ingest: warning: ${formatProblem(warning)}`);
  const distribution = outcome.derived.distribution;
  if (!options.quiet)
    output.log(options.verbose ? formatTopicDistribution(distribution) : formatTopicCounts(distribution));
  const { totals } = result.report;
  output.log(
    `ingest: ${result.pages.length} papers from ${totals.digestsRead} digests in ${options.out}: ` +
      `${stats.added} added, ${stats.changed} changed, ${stats.removed} removed, ${stats.unchanged} unchanged ` +
      `(${totals.duplicatesMerged} duplicates merged, ${totals.entriesRejected} rejected, ${totals.warnings} warnings)`,
  );
  return 0;
}
