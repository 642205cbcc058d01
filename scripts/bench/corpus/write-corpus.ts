/** Writes generated digests to a folder (the only side effect of the generator). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeDigests(dir: string, digests: readonly { name: string; text: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const digest of digests) writeFileSync(join(dir, digest.name), digest.text);
}
