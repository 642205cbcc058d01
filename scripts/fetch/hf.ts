/**
 * `npm run fetch -- hf`: one Hugging Face daily-papers listing per day, written as the API returned it to
 * `hf-YYYY-MM-DD.json`, once it has been read as a JSON array. Days already there are skipped unless forced;
 * a day that lists nothing writes nothing.
 */
import path from "node:path";
import { writeFileAtomically } from "./atomic-write";
import { endpointUrl } from "./endpoint-url";
import { fileExists } from "./exists";
import { getWithRetry, type BodyCheck } from "./http";
import { createPacer } from "./pacer";
import type { SourceContext } from "./source-context";

export const HF_DEFAULT_API = "https://huggingface.co";

/** One request a second: the endpoint states no limit, and a backfill of a year still takes only minutes. */
export const HF_INTERVAL_MS = 1_000;

export function hfFileName(day: string): string {
  return `hf-${day}.json`;
}

/** The listing of `day` under the API base `api` (a mirror may serve it below a path of its own). */
export function hfDailyPapersUrl(api: string, day: string): string {
  return endpointUrl(api, "api/daily_papers", { date: day });
}

/** A body worth keeping is UTF-8 JSON holding an array; anything else is a garbled response, tried again. */
export function checkDailyPapers(body: Uint8Array): BodyCheck<{ items: number; body: Uint8Array }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch (error) {
    return { ok: false, retry: true, reason: `the response is not valid JSON (${String(error)})` };
  }
  if (!Array.isArray(parsed))
    return { ok: false, retry: true, reason: "the response is JSON but not an array of listed papers" };
  return { ok: true, value: { items: parsed.length, body } };
}

/** Fetches every day in order and stops at the first that fails (a rerun resumes there). */
export async function fetchHfDays(days: readonly string[], api: string, context: SourceContext): Promise<void> {
  const pacer = createPacer(context.clock, HF_INTERVAL_MS);
  const http = { clock: context.clock, pacer, policy: context.policy, log: context.log };
  for (const day of days) {
    const file = path.join(context.digests, hfFileName(day));
    if (!context.force && (await fileExists(file))) {
      context.log(`hf ${day}: already fetched (${context.show(file)}), skipped; --force fetches it again`);
      continue;
    }
    const { items, body } = await getWithRetry(
      { url: hfDailyPapersUrl(api, day), accept: "application/json", check: checkDailyPapers },
      http,
    );
    if (items === 0) {
      context.log(`hf ${day}: no papers listed that day (a weekend, or not published yet); nothing written`);
      continue;
    }
    await writeFileAtomically(file, body);
    context.log(`hf ${day}: ${items} ${items === 1 ? "paper" : "papers"} → ${context.show(file)}`);
  }
}
