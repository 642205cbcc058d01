/** Command-line options of `npm run bench`, checked with a message that says how to fix them. */
import { parseArgs } from "node:util";

export interface BenchOptions {
  papers: number;
  json?: string;
  keep?: string;
  /** Write V8 CPU profiles of `astro build` and summarise them. */
  profile: boolean;
  search: boolean;
  incremental: boolean;
  related: boolean;
  /** Measure the service worker in Chromium (first visit, Save all, the update after the rebuild). */
  offline: boolean;
  /** Also time the ingest on the same papers as Hugging Face JSON files. */
  jsonIngest: boolean;
}

export const USAGE = `usage: npm run bench -- --papers N [--json FILE] [--keep DIR] [--profile] [--no-search] [--no-incremental] [--no-related] [--no-offline] [--no-json-ingest]
  --papers N        unique papers in the synthetic corpus (e.g. 1000, 10000, 50000)
  --json FILE       also write the results as JSON
  --keep DIR        build in DIR and keep it (default: a temporary folder, removed afterwards)
  --profile         CPU-profile the Astro build and print where its time goes
  --no-search       skip the Chromium search measurements
  --no-incremental  skip the +1 digest rebuild
  --no-related      skip the related-papers timing (scripts/bench-related.ts)
  --no-offline      skip the service worker measurements (first visit, Save all, update)
  --no-json-ingest  skip the ingest of the same papers as Hugging Face /api/daily_papers JSON files`;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      papers: { type: "string" },
      json: { type: "string" },
      keep: { type: "string" },
      profile: { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
      "no-incremental": { type: "boolean", default: false },
      "no-related": { type: "boolean", default: false },
      "no-offline": { type: "boolean", default: false },
      "no-json-ingest": { type: "boolean", default: false },
    },
  });
  const papers = Number(values.papers);
  if (!Number.isInteger(papers) || papers < 1)
    throw new Error(`--papers must be a positive integer, got "${values.papers ?? ""}"\n${USAGE}`);
  return {
    papers,
    ...(values.json === undefined ? {} : { json: values.json }),
    ...(values.keep === undefined ? {} : { keep: values.keep }),
    profile: values.profile,
    search: !values["no-search"],
    incremental: !values["no-incremental"],
    related: !values["no-related"],
    offline: !values["no-offline"],
    jsonIngest: !values["no-json-ingest"],
  };
}
