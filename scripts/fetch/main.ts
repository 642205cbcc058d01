/** The fetch CLI as a function: arguments, output streams, the project root and a clock in, exit code out. */
import path from "node:path";
import { digestsDir } from "../../src/lib/project-files";
import { fetchArxivQuery } from "./arxiv";
import { parseCli, USAGE } from "./cli";
import type { Clock } from "./clock";
import { utcDay } from "./days";
import { fetchHfDays } from "./hf";
import { DEFAULT_RETRY_POLICY, FetchError, type RetryPolicy } from "./http";
import type { SourceContext } from "./source-context";

export interface Output {
  log: (text: string) => void;
  error: (text: string) => void;
}

export interface Surroundings {
  /** The project the default digests folder belongs to. */
  root: string;
  clock: Clock;
  policy?: RetryPolicy;
}

export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  output: Output,
  surroundings: Surroundings,
): Promise<number> {
  const { root, clock } = surroundings;
  const parsed = parseCli(argv, utcDay(clock.now()));
  if (parsed.kind === "help") {
    output.log(USAGE);
    return 0;
  }
  if (parsed.kind === "usage-error") {
    output.error(`fetch: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { command } = parsed;
  const context: SourceContext = {
    digests: path.resolve(root, command.digests ?? digestsDir(env)),
    force: command.force,
    clock,
    policy: surroundings.policy ?? DEFAULT_RETRY_POLICY,
    log: output.log,
    show: (file) => path.relative(root, file),
  };
  try {
    if (command.source === "hf") await fetchHfDays(command.days, command.api, context);
    else await fetchArxivQuery(command, context);
    return 0;
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    output.error(`fetch: ${error.message}; nothing was written for it, and a rerun resumes here`);
    return 1;
  }
}
