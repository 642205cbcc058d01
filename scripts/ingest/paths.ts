/** Default folders, overridable from the environment so the benchmark and tests can point the whole build elsewhere. */
export const DEFAULT_DIGESTS_DIR = "content/digests";
export const DEFAULT_PAPERS_DIR = "content/papers";

export function digestsDir(env: NodeJS.ProcessEnv): string {
  return env["LECTERN_DIGESTS"] || DEFAULT_DIGESTS_DIR;
}

export function papersDir(env: NodeJS.ProcessEnv): string {
  return env["LECTERN_PAPERS_DIR"] || DEFAULT_PAPERS_DIR;
}
