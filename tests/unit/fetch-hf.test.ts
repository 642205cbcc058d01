/** `npm run fetch -- hf` against a local server replaying real Hugging Face responses, faults included. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FETCH_FIXTURES, fakeClock, removeScratchProjects, runFetch, scratchProject } from "./support/fetch-run";
import { inTurn, replyOf, serverPerTest } from "./support/replay-server";

const MARCH_2024 = readFileSync(path.join(FETCH_FIXTURES, "hf-api/api_daily_papers_date-2024-03-12.json"));
const AUGUST_2026 = readFileSync(
  path.join(FETCH_FIXTURES, "hf-api/api_daily_papers_date-2026-08-21_filtered_indent2.json"),
);
const TODAY = "2026-08-22T08:00:00Z";
const json = replyOf("application/json");

const serve = serverPerTest();
afterAll(removeScratchProjects);

function itemCount(body: Uint8Array): number {
  return (JSON.parse(Buffer.from(body).toString("utf8")) as unknown[]).length;
}

describe("npm run fetch -- hf", () => {
  it("writes each day's response byte for byte, one progress line per day, politely paced and named", async () => {
    const api = await serve(({ query }) => json(query.get("date") === "2026-08-20" ? MARCH_2024 : AUGUST_2026));
    const project = scratchProject();
    const clock = fakeClock(TODAY);
    const run = await runFetch(project.root, clock, "hf --from 2026-08-20 --to 2026-08-21 --api", api.base);
    expect(run.status).toBe(0);
    expect(project.files()).toEqual(["hf-2026-08-20.json", "hf-2026-08-21.json"]);
    expect(readFileSync(path.join(project.digests, "hf-2026-08-20.json")).equals(MARCH_2024)).toBe(true);
    expect(readFileSync(path.join(project.digests, "hf-2026-08-21.json")).equals(AUGUST_2026)).toBe(true);
    expect(run.stdout).toEqual([
      `hf 2026-08-20: ${itemCount(MARCH_2024)} papers → content/digests/hf-2026-08-20.json`,
      `hf 2026-08-21: ${itemCount(AUGUST_2026)} papers → content/digests/hf-2026-08-21.json`,
    ]);
    expect(api.requests.map((request) => `${request.path}?${request.query.toString()}`)).toEqual([
      "/api/daily_papers?date=2026-08-20",
      "/api/daily_papers?date=2026-08-21",
    ]);
    expect(api.requests.every((request) => request.userAgent?.startsWith("Lectern/"))).toBe(true);
    expect(clock.sleeps).toEqual([1000]);
  });

  it("skips the days already fetched unless --force, and resolves --api below a mirror's path", async () => {
    const api = await serve(() => json(AUGUST_2026));
    const project = scratchProject();
    const mirror = `${api.base}/mirror/hf`;
    const clock = fakeClock(TODAY);
    expect((await runFetch(project.root, clock, "hf --date 2026-08-21 --api", mirror)).status).toBe(0);
    const again = await runFetch(project.root, clock, "hf --from 2026-08-20 --to 2026-08-21 --api", mirror);
    expect(again.status).toBe(0);
    expect(again.stdout[1]).toBe(
      "hf 2026-08-21: already fetched (content/digests/hf-2026-08-21.json), skipped; --force fetches it again",
    );
    expect(api.requests.map((request) => request.query.get("date"))).toEqual(["2026-08-21", "2026-08-20"]);
    expect(api.requests.every((request) => request.path === "/mirror/hf/api/daily_papers")).toBe(true);
    await runFetch(project.root, clock, "hf --date 2026-08-21 --api", mirror, "--force");
    expect(api.requests).toHaveLength(3);
  });

  it("says so when a day lists no papers, and writes nothing for it", async () => {
    const api = await serve(() => json("[]"));
    const project = scratchProject();
    const run = await runFetch(project.root, fakeClock(TODAY), "hf --date 2026-08-16 --api", api.base);
    expect(run.status).toBe(0);
    expect(run.stdout).toEqual([
      "hf 2026-08-16: no papers listed that day (a weekend, or not published yet); nothing written",
    ]);
    expect(project.files()).toEqual([]);
  });

  it("retries a 500 after a backoff, and a cut connection, then writes the whole body", async () => {
    const api = await serve(inTurn(json("oops", 500), { cut: AUGUST_2026 }, json(AUGUST_2026)));
    const project = scratchProject();
    const clock = fakeClock(TODAY);
    const run = await runFetch(project.root, clock, "hf --date 2026-08-21 --api", api.base);
    expect(run.status).toBe(0);
    expect(api.requests).toHaveLength(3);
    expect(run.stdout[0]).toBe("  500 Internal Server Error; retrying in 2 s (attempt 2 of 5)");
    expect(run.stdout[1]).toMatch(/^ {2}connection failed \(.+\); retrying in 4 s \(attempt 3 of 5\)$/);
    expect(clock.sleeps).toEqual([2000, 4000]);
    expect(readFileSync(path.join(project.digests, "hf-2026-08-21.json")).equals(AUGUST_2026)).toBe(true);
  });

  it("waits as long as a 429's Retry-After asks, in seconds or as an HTTP date", async () => {
    const clock = fakeClock(TODAY);
    // The date is absolute: served after the first 7 s wait, it asks for 12 s more.
    const inTwelveSeconds = new Date(clock.now() + 19_000).toUTCString();
    const api = await serve(
      inTurn(
        json("slow down", 429, { "retry-after": "7" }),
        json("slow down", 429, { "retry-after": inTwelveSeconds }),
        json(MARCH_2024),
      ),
    );
    const project = scratchProject();
    const run = await runFetch(project.root, clock, "hf --date 2026-08-21 --api", api.base);
    expect(run.status).toBe(0);
    expect(clock.sleeps).toEqual([7000, 12_000]);
    expect(run.stdout[0]).toBe("  429 Too Many Requests; retrying in 7 s (attempt 2 of 5)");
  });

  it("stops with a message when Retry-After asks for more than five minutes", async () => {
    const api = await serve(() => json("later", 503, { "retry-after": "3600" }));
    const project = scratchProject();
    const run = await runFetch(project.root, fakeClock(TODAY), "hf --date 2026-08-21 --api", api.base);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("503 Service Unavailable; the server asks to wait 3600 s, try again later");
    expect(api.requests).toHaveLength(1);
  });

  it("retries invalid JSON and a non-array, then fails naming the URL, with nothing written", async () => {
    for (const body of ['[{"paper": {"id": "2408.', '{"error": "Invalid date"}']) {
      const api = await serve(() => json(body));
      const project = scratchProject();
      const clock = fakeClock(TODAY);
      const run = await runFetch(project.root, clock, "hf --date 2026-08-21 --api", api.base);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        `GET ${api.base}/api/daily_papers?date=2026-08-21 failed after 5 attempts: the response`,
      );
      expect(run.stderr).toMatch(/not valid JSON|not an array/);
      expect(api.requests).toHaveLength(5);
      expect(clock.sleeps).toEqual([2000, 4000, 8000, 16_000]);
      expect(project.files()).toEqual([]);
    }
  });

  it("fails at once on a 4xx other than 429, naming the URL and the status", async () => {
    const api = await serve(() => json('{"error":"Not Found"}', 404));
    const project = scratchProject();
    const run = await runFetch(project.root, fakeClock(TODAY), "hf --date 2026-08-21 --api", api.base);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`GET ${api.base}/api/daily_papers?date=2026-08-21 failed: 404 Not Found`);
    expect(api.requests).toHaveLength(1);
  });

  it("stops a range at the first day that fails, and a rerun resumes there", async () => {
    let broken = true;
    const api = await serve(({ query }) =>
      broken && query.get("date") === "2026-08-20" ? json("down", 502) : json(AUGUST_2026),
    );
    const project = scratchProject();
    const command = "hf --from 2026-08-19 --to 2026-08-21 --api";
    const failed = await runFetch(project.root, fakeClock(TODAY), command, api.base);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("502 Bad Gateway");
    expect(project.files()).toEqual(["hf-2026-08-19.json"]);
    expect(api.requests.some((request) => request.query.get("date") === "2026-08-21")).toBe(false);
    broken = false;
    const resumed = await runFetch(project.root, fakeClock(TODAY), command, api.base);
    expect(resumed.status).toBe(0);
    expect(resumed.stdout[0]).toContain("hf 2026-08-19: already fetched");
    expect(project.files()).toEqual(["hf-2026-08-19.json", "hf-2026-08-20.json", "hf-2026-08-21.json"]);
  });
});
