/** The ingest CLI as a function: arguments and output streams in, exit code out (testable in-process). */
import { parseCli, USAGE } from "./cli";
import { formatSummary } from "./report";
import { formatTopicDistribution } from "../../src/lib/topics/distribution";
import { runFromDisk } from "./run";

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
  const outcome = await runFromDisk(parsed.options);
  if (outcome.result && !parsed.options.quiet) output.log(formatSummary(outcome.result.report));
  if (!outcome.ok) {
    output.error(`ingest: ${outcome.message}`);
    return 1;
  }
  const { stats } = outcome;
  if (!parsed.options.quiet) output.log(formatTopicDistribution(outcome.derived.distribution));
  output.log(
    `ingest: ${outcome.result.pages.length} pages in ${parsed.options.out} (${stats.written} written, ${stats.unchanged} unchanged, ${stats.removed} removed)`,
  );
  return 0;
}
