/** Runs the related-papers helper's own benchmark (`scripts/bench-related.ts`) when the project has one. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const RELATED_DOCUMENTS = 50_000;
const SECONDS = /in ([\d.]+) s/;

export function measureRelated(projectDir: string): { documents: number; seconds: number } | undefined {
  const script = join(projectDir, "scripts/bench-related.ts");
  if (!existsSync(script)) return undefined;
  const tsx = join(projectDir, "node_modules/tsx/dist/cli.mjs");
  const run = spawnSync(process.execPath, [tsx, script, String(RELATED_DOCUMENTS)], {
    cwd: projectDir,
    encoding: "utf8",
  });
  const seconds = SECONDS.exec(run.stdout)?.[1];
  if (run.status !== 0 || seconds === undefined)
    throw new Error(`scripts/bench-related.ts failed:\n${run.stdout}${run.stderr}`);
  return { documents: RELATED_DOCUMENTS, seconds: Number(seconds) };
}
