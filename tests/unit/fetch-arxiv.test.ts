/** `npm run fetch -- arxiv` against a local server replaying real arXiv API responses, faults included. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { SyntaxValidator } from "fast-xml-validator";
import { afterAll, describe, expect, it } from "vitest";
import { atomEntryIds, atomFeedId } from "./support/atom-entries";
import { FETCH_FIXTURES, fakeClock, removeScratchProjects, runFetch, scratchProject } from "./support/fetch-run";
import { inTurn, replyOf, serverPerTest } from "./support/replay-server";

const sample = (name: string): Buffer => readFileSync(path.join(FETCH_FIXTURES, "arxiv", name));
const TESTING = sample("arxivpy_2026_q_testing_s0_m10_bc5a6c384fe9.body.atom.xml");
const NICOTINE = sample("arxivdigest_2026-07_all_nicotine.atom.xml");
const EMPTY = sample("arxivpy_2026_id_0000.0000_s0_m100_8b51d9633a68.body.atom.xml");
const BAD_ID = JSON.parse(sample("arxivpy_2026_id_abc_s0_m100_b79c8dcf6bc3.recorded.json").toString("utf8")) as {
  status_code: number;
  body: string;
};
const TODAY = "2026-08-22T08:00:00Z";
const FILE = "arxiv-cat-cs-lg-2026-08-22.xml";
const atom = replyOf("application/atom+xml; charset=utf-8");

const serve = serverPerTest();
afterAll(removeScratchProjects);

describe("npm run fetch -- arxiv", () => {
  it("writes a single page as arXiv sent it, named by the query's slug and today's UTC date", async () => {
    const api = await serve(() => atom(TESTING));
    const project = scratchProject();
    const run = await runFetch(project.root, fakeClock(TODAY), "arxiv --query cat:cs.LG --max 10 --api", api.base);
    expect(run.status).toBe(0);
    expect(project.files()).toEqual([FILE]);
    expect(readFileSync(path.join(project.digests, FILE)).equals(TESTING)).toBe(true);
    expect(run.stdout).toEqual([
      'arxiv "cat:cs.LG": page 1: results 1–10 of 214881',
      `arxiv "cat:cs.LG": 10 entries → content/digests/${FILE}`,
    ]);
    const [request] = api.requests;
    expect(request?.path).toBe("/api/query");
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      search_query: "cat:cs.LG",
      start: "0",
      max_results: "10",
      sortBy: "submittedDate",
      sortOrder: "descending",
    });
    expect(request?.userAgent).toMatch(/^Lectern\//);
  });

  it("pages at one request every 3 seconds and joins the pages into one well-formed feed", async () => {
    const api = await serve(({ query }) => atom(query.get("start") === "0" ? TESTING : NICOTINE));
    const project = scratchProject();
    const clock = fakeClock(TODAY);
    const run = await runFetch(project.root, clock, "arxiv --query cat:cs.LG --max 20 --page-size 10 --api", api.base);
    expect(run.status).toBe(0);
    expect(api.requests.map((request) => [request.query.get("start"), request.query.get("max_results")])).toEqual([
      ["0", "10"],
      ["10", "10"],
    ]);
    expect(clock.sleeps).toEqual([3000]);
    expect(run.stdout).toEqual([
      'arxiv "cat:cs.LG": page 1: results 1–10 of 214881',
      'arxiv "cat:cs.LG": page 2: results 11–20 of 58',
      `arxiv "cat:cs.LG": 20 entries → content/digests/${FILE}`,
    ]);
    const written = readFileSync(path.join(project.digests, FILE), "utf8");
    expect(SyntaxValidator.validate(written)).toBe(true);
    expect(atomEntryIds(written)).toEqual([...atomEntryIds(TESTING), ...atomEntryIds(NICOTINE)]);
    expect(atomFeedId(written)).toBe(atomFeedId(TESTING));
  });

  it("stops at the end of the results, and keeps an entry that pages repeat once", async () => {
    const api = await serve(() => atom(NICOTINE));
    const project = scratchProject();
    const run = await runFetch(project.root, fakeClock(TODAY), "arxiv --query all:nicotine --max 500 --api", api.base);
    expect(run.status).toBe(0);
    // One page of 100 asked for; arXiv sent 10 of 58: the next page starts after them, and the last ends at 58.
    expect(api.requests.map((request) => request.query.get("start"))).toEqual(["0", "10", "20", "30", "40", "50"]);
    expect(api.requests.at(-1)?.query.get("max_results")).toBe("100");
    const file = "arxiv-all-nicotine-2026-08-22.xml";
    expect(run.stdout.at(-1)).toBe(`arxiv "all:nicotine": 10 entries → content/digests/${file}`);
    expect(atomEntryIds(readFileSync(path.join(project.digests, file)))).toEqual(atomEntryIds(NICOTINE));
  });

  it("names the URL, the status and arXiv's own explanation on a 400, at once", async () => {
    const api = await serve(() => atom(BAD_ID.body, BAD_ID.status_code));
    const project = scratchProject();
    const run = await runFetch(project.root, fakeClock(TODAY), "arxiv --query id:abc --api", api.base);
    expect(run.status).toBe(1);
    expect(api.requests).toHaveLength(1);
    expect(run.stderr).toContain(`GET ${api.base}/api/query?search_query=id%3Aabc&start=0&max_results=100`);
    expect(run.stderr).toContain("failed: 400 Bad Request: incorrect id format for abc");
    expect(project.files()).toEqual([]);
  });

  it("says so when the query has no results, and writes nothing", async () => {
    const api = await serve(() => atom(EMPTY));
    const project = scratchProject();
    const run = await runFetch(project.root, fakeClock(TODAY), "arxiv --query cat:cs.LG --api", api.base);
    expect(run.status).toBe(0);
    expect(run.stdout).toEqual(['arxiv "cat:cs.LG": arXiv has no results for this query; nothing written']);
    expect(project.files()).toEqual([]);
  });

  it("retries a truncated body and a 503 with Retry-After, keeping arXiv's pace", async () => {
    const truncated = TESTING.subarray(0, TESTING.length - 200);
    const api = await serve(inTurn(atom(truncated), atom("busy", 503, { "retry-after": "10" }), atom(TESTING)));
    const project = scratchProject();
    const clock = fakeClock(TODAY);
    const run = await runFetch(project.root, clock, "arxiv --query cat:cs.LG --max 10 --api", api.base);
    expect(run.status).toBe(0);
    expect(run.stdout[0]).toMatch(/^ {2}the response is not well-formed XML \(line \d+: .+\); retrying in 2 s/);
    // The 2 s backoff is shorter than arXiv's 3 s interval, so the pacer adds the second it lacks.
    expect(clock.sleeps).toEqual([2000, 1000, 10_000]);
    expect(readFileSync(path.join(project.digests, FILE)).equals(TESTING)).toBe(true);
  });

  it("skips a query already fetched today unless --force, and fetches it again the next day", async () => {
    const api = await serve(() => atom(TESTING));
    const project = scratchProject();
    const clock = fakeClock(TODAY);
    const command = "arxiv --query cat:cs.LG --max 10 --api";
    await runFetch(project.root, clock, command, api.base);
    const again = await runFetch(project.root, clock, command, api.base);
    expect(again.stdout).toEqual([
      `arxiv "cat:cs.LG": already fetched today (content/digests/${FILE}), skipped; --force fetches it again`,
    ]);
    expect(api.requests).toHaveLength(1);
    await runFetch(project.root, clock, command, api.base, "--force");
    expect(api.requests).toHaveLength(2);
    clock.advance(86_400_000);
    await runFetch(project.root, clock, command, api.base);
    expect(project.files()).toEqual([FILE, "arxiv-cat-cs-lg-2026-08-23.xml"]);
  });
});
