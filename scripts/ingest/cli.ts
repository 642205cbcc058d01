/** Command-line contract of `npm run ingest`: flags, help text, and exit codes. */
import { parseArgs } from "node:util";
import { digestsDir, notesDirBeside, papersDir, topicsFile } from "../../src/lib/project-files";
import { isVerbose } from "../lib/verbose";

export interface CliOptions {
  digests: string;
  out: string;
  /** The topic taxonomy the derived corpus is computed with. */
  topics: string;
  /** The owner's notes, checked against the corpus and indexed with it. */
  notes: string;
  report?: string;
  /** Where to write the CPU time of digests-to-pages and of the derived corpus (the benchmark quotes them apart). */
  timings?: string;
  quiet: boolean;
  /** Every digest's line and the aligned topic table, instead of the short summary. */
  verbose: boolean;
}

export const USAGE = `Usage: npm run ingest -- [--digests DIR] [--out DIR] [--topics FILE] [--notes DIR] [--report FILE] [--timings FILE] [--quiet | --verbose]

Reads every digest file in DIR and writes one MDX page per paper.

  --digests DIR   folder of digest files (default: $LECTERN_DIGESTS or content/digests)
  --out DIR       folder for generated pages, owned by the ingest (default: $LECTERN_PAPERS_DIR or content/papers)
  --topics FILE   topic taxonomy (default: $LECTERN_TOPICS or content/topics.yaml)
  --notes DIR     the owner's notes (default: notes/ beside the digests folder, so content/notes)
  --report FILE   also write the full report as JSON
  --timings FILE  also write the CPU milliseconds of digests-to-pages and of the derived corpus as JSON
  --quiet         print only the totals line
  --verbose       print every digest's line and the topic table (also: LECTERN_VERBOSE=1)
  --help          show this help

Exit codes: 0 pages written (warnings allowed), 1 no digest could be read, 2 usage error.`;

export type CliParse =
  { kind: "run"; options: CliOptions } | { kind: "help" } | { kind: "usage-error"; message: string };

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliParse {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        digests: { type: "string" },
        out: { type: "string" },
        topics: { type: "string" },
        notes: { type: "string" },
        report: { type: "string" },
        timings: { type: "string" },
        quiet: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) return { kind: "help" };
    for (const flag of ["digests", "out", "topics", "notes", "report", "timings"] as const) {
      if (values[flag] === "") return { kind: "usage-error", message: `--${flag} needs a value` };
    }
    return {
      kind: "run",
      options: {
        digests: values.digests ?? digestsDir(env),
        out: values.out ?? papersDir(env),
        topics: values.topics ?? topicsFile(env),
        notes: values.notes ?? notesDirBeside(values.digests ?? digestsDir(env)),
        ...(values.report ? { report: values.report } : {}),
        ...(values.timings ? { timings: values.timings } : {}),
        quiet: values.quiet,
        verbose: values.verbose || isVerbose(env),
      },
    };
  } catch (error) {
    return { kind: "usage-error", message: error instanceof Error ? error.message : String(error) };
  }
}
