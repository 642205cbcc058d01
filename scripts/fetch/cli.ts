/** Command-line contract of `npm run fetch`: the two sources, their flags, the help text and the exit codes. */
import { parseArgs } from "node:util";
import { ARXIV_DEFAULT_API, ARXIV_DEFAULT_PAGE_SIZE, ARXIV_MAX_PAGE_SIZE, ARXIV_MAX_RESULTS } from "./arxiv";
import { daysBetween, isDay } from "./days";
import { HF_DEFAULT_API } from "./hf";

interface Destination {
  api: string;
  /** The digests folder as given (`--digests`), resolved by the caller; undefined for the project's own. */
  digests?: string;
  force: boolean;
}

export type FetchCommand =
  | (Destination & { source: "hf"; days: string[] })
  | (Destination & { source: "arxiv"; query: string; max: number; pageSize: number });

export const USAGE = `Usage: npm run fetch -- hf (--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD) [options]
       npm run fetch -- arxiv --query QUERY [--max N] [--page-size N] [options]

Downloads listings into the digests folder, where the next build reads them:
  hf      Hugging Face daily papers, one file per day: hf-YYYY-MM-DD.json
  arxiv   an arXiv API search, newest first, all pages in one Atom file: arxiv-<query slug>-YYYY-MM-DD.xml
          (today's UTC date)

  --date DAY        one day (hf)
  --from DAY        first day of a range (hf), with --to DAY, the last (both included)
  --query QUERY     arXiv search query, e.g. "cat:cs.LG" (arxiv)
  --max N           results to fetch at most (arxiv; default ${ARXIV_DEFAULT_PAGE_SIZE}, at most ${ARXIV_MAX_RESULTS})
  --page-size N     results per request (arxiv; default ${ARXIV_DEFAULT_PAGE_SIZE}, at most ${ARXIV_MAX_PAGE_SIZE})
  --api URL         base URL of the API, for a mirror or a test server
                    (default ${HF_DEFAULT_API} or ${ARXIV_DEFAULT_API})
  --digests DIR     where to write (default: $LECTERN_DIGESTS or content/digests, in the project)
  --force           fetch again what is already there
  --help            show this help

Polite by default: one request a second to Hugging Face and one every 3 seconds to arXiv, retries with
backoff on 429 and 5xx that honour Retry-After. Files are written whole or not at all; what is already
there is skipped, so an interrupted run resumes where it stopped.

Exit codes: 0 done (skipped and empty days included), 1 a request failed, 2 usage error.`;

export type CliParse =
  { kind: "run"; command: FetchCommand } | { kind: "help" } | { kind: "usage-error"; message: string };

class UsageError extends Error {}

/** The flags only one source takes. */
const SOURCE_FLAGS = { hf: ["date", "from", "to"], arxiv: ["query", "max", "page-size"] } as const;
type Source = keyof typeof SOURCE_FLAGS;

function isSource(name: string): name is Source {
  return Object.hasOwn(SOURCE_FLAGS, name);
}

interface DayFlags {
  date?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** `today` (UTC, `YYYY-MM-DD`) bounds the days that can have a listing. */
export function parseCli(argv: readonly string[], today: string): CliParse {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        date: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        query: { type: "string" },
        max: { type: "string" },
        "page-size": { type: "string" },
        api: { type: "string" },
        digests: { type: "string" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) return { kind: "help" };
    const [source, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra.join(" ")}`);
    if (source === undefined) throw new UsageError("name a source: hf or arxiv");
    if (!isSource(source)) throw new UsageError(`unknown source ${source}: use hf or arxiv`);
    const other: Source = source === "hf" ? "arxiv" : "hf";
    const misplaced = SOURCE_FLAGS[other].find((flag) => values[flag] !== undefined);
    if (misplaced !== undefined) throw new UsageError(`--${misplaced} is for ${other}, not ${source}`);
    const digests = nonEmpty("digests", values.digests);
    const destination: Destination = {
      api: nonEmpty("api", values.api) ?? (source === "hf" ? HF_DEFAULT_API : ARXIV_DEFAULT_API),
      force: values.force,
      ...(digests === undefined ? {} : { digests }),
    };
    checkApi(destination.api);
    if (source === "hf") return { kind: "run", command: { source, days: hfDays(values, today), ...destination } };
    const query = nonEmpty("query", values.query);
    if (query === undefined) throw new UsageError('arxiv needs --query, e.g. --query "cat:cs.LG"');
    const max = count("max", values.max, ARXIV_DEFAULT_PAGE_SIZE, ARXIV_MAX_RESULTS);
    const pageSize = count("page-size", values["page-size"], ARXIV_DEFAULT_PAGE_SIZE, ARXIV_MAX_PAGE_SIZE);
    return { kind: "run", command: { source: "arxiv", query, max, pageSize, ...destination } };
  } catch (error) {
    return { kind: "usage-error", message: error instanceof Error ? error.message : String(error) };
  }
}

function hfDays(values: DayFlags, today: string): string[] {
  const { date, from, to } = values;
  if (date !== undefined && (from !== undefined || to !== undefined))
    throw new UsageError("give either --date or --from and --to, not both");
  const first = day("date", date) ?? day("from", from);
  const last = day("date", date) ?? day("to", to);
  if (first === undefined || last === undefined)
    throw new UsageError("hf needs --date YYYY-MM-DD, or --from YYYY-MM-DD and --to YYYY-MM-DD");
  if (last < first) throw new UsageError(`--to ${last} comes before --from ${first}`);
  if (last > today) throw new UsageError(`${last} is after today (${today}, UTC): there is no listing for it yet`);
  return daysBetween(first, last);
}

function day(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isDay(value)) throw new UsageError(`--${flag} ${value} is not a day: write it YYYY-MM-DD, e.g. 2026-08-21`);
  return value;
}

function count(flag: string, value: string | undefined, fallback: number, most: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < 1 || parsed > most)
    throw new UsageError(`--${flag} ${value} must be a whole number from 1 to ${most}`);
  return parsed;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === "") throw new UsageError(`--${flag} needs a value`);
  return value;
}

function checkApi(api: string): void {
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    throw new UsageError(`--api ${api} is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UsageError(`--api ${api} must be http(s)`);
}
