/** Writes generated digests to a folder (the only side effect of the generator). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DigestFile } from "./generate";

export function writeDigests(dir: string, digests: readonly DigestFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const digest of digests) writeFileSync(join(dir, digest.name), digest.text);
}
