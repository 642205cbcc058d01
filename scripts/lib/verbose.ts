/** The one switch for detailed build output: `LECTERN_VERBOSE=1` (or any value but `0` and empty). */
export function isVerbose(env: NodeJS.ProcessEnv): boolean {
  const value = env["LECTERN_VERBOSE"];
  return value !== undefined && value !== "" && value !== "0";
}
