/** Reads the digests folder and the previous slugs, runs the pure pipeline, writes pages, slug record and report. */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { compareCodePoints } from "../../src/lib/order";
import type { CliOptions } from "./cli";
import type { DigestInput } from "./digest-file";
import type { IngestResult } from "./pipeline";
import { runIngest } from "./pipeline";
import { readPreviousSlugs } from "./4-merge/previous-slugs";
import { serialiseSlugRecord } from "./4-merge/slug-record";
import type { WriteStats } from "./5-write/write";
import { writeOutput } from "./5-write/write";
import { writeDerived, type DerivedOutput } from "./5-write/write-derived";
import { papersPerShard } from "../../src/lib/search/shards";
import { parseTaxonomy } from "../../src/lib/topics/parse-taxonomy";
import type { Taxonomy } from "../../src/schema/taxonomy";
import { InputError, type InputProblem } from "../../src/lib/input-problems";
import { readNotes } from "./notes/read-notes";

export type RunOutcome =
  | { ok: true; result: IngestResult; stats: WriteStats; derived: DerivedOutput; noteWarnings: InputProblem[] }
  | { ok: false; message: string; result?: IngestResult };

/** Regular, non-hidden files: anything else in the folder is reported by the layout check, never ignored. */
async function readDigestFolder(folder: string): Promise<DigestInput[]> {
  const names = (await readdir(folder)).filter((name) => !name.startsWith(".")).sort(compareCodePoints);
  const inputs: DigestInput[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    if ((await stat(file)).isFile()) inputs.push({ file: name, bytes: new Uint8Array(await readFile(file)) });
  }
  return inputs;
}

/** The taxonomy, or the message that says what is wrong with it (file, line, topic, field). */
async function readTaxonomy(file: string): Promise<Taxonomy | string> {
  const source = await readFile(file, "utf8").catch((error: unknown) => error as Error);
  if (source instanceof Error) return `cannot read the topic taxonomy ${file}: ${source.message}`;
  try {
    return parseTaxonomy(source, file);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const cpuMillis = (usage: NodeJS.CpuUsage): number => Math.round((usage.user + usage.system) / 1000);

export async function runFromDisk(options: CliOptions): Promise<RunOutcome> {
  const taxonomy = await readTaxonomy(options.topics);
  if (typeof taxonomy === "string") return { ok: false, message: taxonomy };
  const inputs = await readDigestFolder(options.digests).catch((error: unknown) => error as Error);
  if (inputs instanceof Error)
    return { ok: false, message: `cannot read the digests folder ${options.digests}: ${inputs.message}` };
  const started = process.cpuUsage();
  const result = runIngest(inputs, await readPreviousSlugs(options.out));
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
  const stats = writeOutput(
    options.out,
    result.pages,
    `${JSON.stringify(result.digests, null, 2)}\n`,
    serialiseSlugRecord(result.slugs),
  );
  const pagesDone = process.cpuUsage(started);
  const notes = await readNotes(
    process.cwd(),
    options.notes,
    new Set(result.pages.map((page) => page.data.slug)),
    new Set(taxonomy.topics.map((topic) => topic.slug)),
  );
  if (notes.errors.length > 0) return { ok: false, message: new InputError("notes", notes.errors).message, result };
  const derived = writeDerived(
    options.out,
    result.pages.map((page) => page.data),
    result.digests,
    taxonomy,
    papersPerShard(process.env),
    notes.notes,
  );
  if (options.timings) {
    // Digests to pages (read, parse, clean, merge, write), then the derived corpus (topics, related, search records).
    const pages = cpuMillis(pagesDone);
    const timings = { pagesCpuMs: pages, derivedCpuMs: cpuMillis(process.cpuUsage(started)) - pages };
    await writeFile(options.timings, `${JSON.stringify(timings)}\n`);
  }
  return { ok: true, result, stats, derived, noteWarnings: notes.warnings };
}
