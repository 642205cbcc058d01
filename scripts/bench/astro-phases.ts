/** Astro's own timing lines from a build log (content sync, bundling, page generation), ANSI colours removed. */
import { readFileSync } from "node:fs";

const PHASE = /Synced content|Generated \d|Completed in|built in|Building static|generating static routes|\[lectern:/i;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

export function astroPhases(logFile: string): string[] {
  return readFileSync(logFile, "utf8")
    .split("\n")
    .map((line) => line.replace(ANSI, "").trim())
    .filter((line) => PHASE.test(line) && !line.includes("[WARN]"))
    .slice(0, 20);
}
