/** Reads the digests folder, runs the pure pipeline, writes pages and the report. */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CliOptions } from "./cli";
import type { DigestInput } from "./parse-digest";
import type { IngestResult } from "./pipeline";
import { runIngest } from "./pipeline";
import type { WriteStats } from "./write";
import { writeOutput } from "./write";

export type RunOutcome =
  { ok: true; result: IngestResult; stats: WriteStats } | { ok: false; message: string; result?: IngestResult };

/** Regular, non-hidden files: anything else in the folder is reported by the layout check, never ignored. */
async function readDigestFolder(folder: string): Promise<DigestInput[]> {
  const names = (await readdir(folder)).filter((name) => !name.startsWith(".")).sort();
  const inputs: DigestInput[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    if ((await stat(file)).isFile()) inputs.push({ file: name, bytes: new Uint8Array(await readFile(file)) });
  }
  return inputs;
}

export async function runFromDisk(options: CliOptions): Promise<RunOutcome> {
  const inputs = await readDigestFolder(options.digests).catch((error: unknown) => error as Error);
  if (inputs instanceof Error)
    return { ok: false, message: `cannot read the digests folder ${options.digests}: ${inputs.message}` };
  const result = runIngest(inputs);
  if (options.report) await writeFile(options.report, `${JSON.stringify(result.report, null, 2)}\n`);
  if (!result.report.invariant.holds)
    return { ok: false, message: `bug: ${result.report.invariant.statement}`, result };
  if (result.report.totals.digestsRead === 0) {
    return {
      ok: false,
      message: `no digest could be read in ${options.digests} (${inputs.length} files found)`,
      result,
    };
  }
  const stats = writeOutput(options.out, result.pages, `${JSON.stringify(result.digests, null, 2)}\n`);
  return { ok: true, result, stats };
}
