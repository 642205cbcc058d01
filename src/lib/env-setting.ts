/**
 * A whole-number build setting read from the environment: unset or empty gives the default, anything else must be a
 * whole number no smaller than `min`, so a typo stops the build with the variable's name instead of a silent NaN.
 */
export function wholeNumberSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  { min, unit }: { min: number; unit: string },
): number {
  const configured = env[name];
  if (configured === undefined || configured === "") return fallback;
  const value = Number(configured);
  if (!Number.isInteger(value) || value < min) {
    const range = min === 0 ? "a whole number" : `a whole number of at least ${min}`;
    throw new Error(`${name} must be ${range} (${unit}), got "${configured}"`);
  }
  return value;
}
