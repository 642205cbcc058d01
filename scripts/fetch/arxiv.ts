/**
 * `npm run fetch -- arxiv`: the newest results of one arXiv API query, page by page at arXiv's pace, saved as
 * one Atom document `arxiv-<query slug>-YYYY-MM-DD.xml` (today, UTC). A single page is written as arXiv sent
 * it; several are joined into one feed. A query fetched today already is skipped unless forced.
 */
import slugify from "@sindresorhus/slugify";
import path from "node:path";
import { checkAtomPage, explainArxivError, type AtomPage } from "./atom-page";
import { mergeAtomPages } from "./atom-merge";
import { writeFileAtomically } from "./atomic-write";
import { utcDay } from "./days";
import { endpointUrl } from "./endpoint-url";
import { fileExists } from "./exists";
import { getWithRetry } from "./http";
import { createPacer } from "./pacer";
import type { SourceContext } from "./source-context";

export const ARXIV_DEFAULT_API = "https://export.arxiv.org";

/** arXiv's terms of use: no more than one request every three seconds. */
export const ARXIV_INTERVAL_MS = 3_000;

export const ARXIV_DEFAULT_PAGE_SIZE = 100;
/** The API serves at most 2,000 results a request and 30,000 for one query. */
export const ARXIV_MAX_PAGE_SIZE = 2_000;
export const ARXIV_MAX_RESULTS = 30_000;

const MAX_QUERY_SLUG_LENGTH = 60;

export interface ArxivRequest {
  query: string;
  max: number;
  pageSize: number;
  api: string;
}

export function arxivFileName(query: string, day: string): string {
  const slug = slugify(query, { decamelize: false }).slice(0, MAX_QUERY_SLUG_LENGTH).replace(/-+$/, "");
  return `arxiv-${slug === "" ? "query" : slug}-${day}.xml`;
}

/** Newest submissions first, so a daily fetch of the first N results gets the new ones. */
export function arxivQueryUrl(api: string, query: string, start: number, count: number): string {
  return endpointUrl(api, "api/query", {
    search_query: query,
    start: String(start),
    max_results: String(count),
    sortBy: "submittedDate",
    sortOrder: "descending",
  });
}

export async function fetchArxivQuery(request: ArxivRequest, context: SourceContext): Promise<void> {
  const file = path.join(context.digests, arxivFileName(request.query, utcDay(context.clock.now())));
  const label = `arxiv "${request.query}"`;
  if (!context.force && (await fileExists(file))) {
    context.log(`${label}: already fetched today (${context.show(file)}), skipped; --force fetches it again`);
    return;
  }
  const pacer = createPacer(context.clock, ARXIV_INTERVAL_MS);
  const http = { clock: context.clock, pacer, policy: context.policy, log: context.log };
  const pages: AtomPage[] = [];
  let start = 0;
  let total = Infinity;
  while (start < Math.min(request.max, total)) {
    const count = Math.min(request.pageSize, request.max - start);
    const url = arxivQueryUrl(request.api, request.query, start, count);
    const page = await getWithRetry(
      { url, accept: "application/atom+xml", check: checkAtomPage, explain: explainArxivError },
      http,
    );
    total = page.totalResults;
    if (page.entries === 0) break;
    pages.push(page);
    context.log(`${label}: page ${pages.length}: results ${start + 1}–${start + page.entries} of ${total}`);
    start += page.entries;
  }
  const feed = joinPages(pages);
  if (feed === undefined) {
    context.log(`${label}: arXiv has no results for this query; nothing written`);
    return;
  }
  await writeFileAtomically(file, feed.body);
  context.log(`${label}: ${feed.entries} ${feed.entries === 1 ? "entry" : "entries"} → ${context.show(file)}`);
}

/** One page stays as arXiv sent it; several become one feed. */
function joinPages(pages: readonly AtomPage[]): { body: Uint8Array | string; entries: number } | undefined {
  const [first, second] = pages;
  if (first === undefined) return undefined;
  if (second === undefined) return { body: first.body, entries: first.entries };
  const merged = mergeAtomPages(pages.map((page) => page.text));
  return { body: merged.xml, entries: merged.entries };
}
