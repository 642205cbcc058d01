/**
 * One polite GET: it names Lectern in its User-Agent, waits its turn with the host's pacer, and retries with
 * exponential backoff what may pass (429, 5xx, a dropped connection, a body the caller's check calls garbled),
 * honouring `Retry-After`. Any other status fails at once with a message naming the URL and the status.
 */
import type { Clock } from "./clock";
import type { Pacer } from "./pacer";
import { retryAfterMs } from "./retry-after";

export const USER_AGENT = "Lectern/0.1 (static daily-papers site; npm run fetch)";

export interface RetryPolicy {
  /** Requests in all, the first included. */
  attempts: number;
  /** Wait before the first retry; each further retry waits twice as long, up to {@link maxDelayMs}. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking for a longer wait than this is told no: the run stops and says when to try again. */
  maxRetryAfterMs: number;
  /** A request (headers and body) taking longer than this counts as a dropped connection. */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 300_000,
  timeoutMs: 60_000,
};

/** The caller's verdict on a successful response's body. */
export type BodyCheck<T> = { ok: true; value: T } | { ok: false; retry: boolean; reason: string };

export interface HttpContext {
  clock: Clock;
  pacer: Pacer;
  policy: RetryPolicy;
  log: (line: string) => void;
}

export interface GetRequest<T> {
  url: string;
  accept: string;
  check: (body: Uint8Array) => BodyCheck<T>;
  /** What an error response's body says, if it says anything readable (arXiv explains a 400 in an Atom entry). */
  explain?: (body: Uint8Array) => string | undefined;
}

/** A request that failed for good; its message names the URL and what went wrong. */
export class FetchError extends Error {
  override name = "FetchError";
}

type Attempt<T> = { kind: "done"; value: T } | { kind: "retry"; reason: string; waitMs?: number };

export async function getWithRetry<T>(request: GetRequest<T>, context: HttpContext): Promise<T> {
  const { policy, clock } = context;
  for (let attempt = 1; ; attempt++) {
    await context.pacer.next();
    const outcome = await attemptOnce(request, context);
    if (outcome.kind === "done") return outcome.value;
    if (attempt >= policy.attempts)
      throw new FetchError(`GET ${request.url} failed after ${attempt} attempts: ${outcome.reason}`);
    const waitMs = outcome.waitMs ?? Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    context.log(
      `  ${outcome.reason}; retrying in ${formatSeconds(waitMs)} (attempt ${attempt + 1} of ${policy.attempts})`,
    );
    await clock.sleep(waitMs);
  }
}

async function attemptOnce<T>(request: GetRequest<T>, context: HttpContext): Promise<Attempt<T>> {
  let response: Response;
  let body: Uint8Array;
  try {
    response = await fetch(request.url, {
      headers: { "user-agent": USER_AGENT, accept: request.accept },
      signal: AbortSignal.timeout(context.policy.timeoutMs),
    });
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return { kind: "retry", reason: `connection failed (${describeCause(error)})` };
  }
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  if (response.ok) {
    const verdict = request.check(body);
    if (verdict.ok) return { kind: "done", value: verdict.value };
    if (verdict.retry) return { kind: "retry", reason: verdict.reason };
    throw new FetchError(`GET ${request.url}: ${verdict.reason}`);
  }
  const explanation = request.explain?.(body);
  const detail = explanation === undefined ? "" : `: ${explanation}`;
  if (response.status === 429 || response.status >= 500) {
    const waitMs = retryAfterMs(response.headers.get("retry-after"), context.clock.now());
    if (waitMs !== undefined && waitMs > context.policy.maxRetryAfterMs)
      throw new FetchError(
        `GET ${request.url}: ${status}; the server asks to wait ${formatSeconds(waitMs)}, try again later`,
      );
    return { kind: "retry", reason: `${status}${detail}`, ...(waitMs === undefined ? {} : { waitMs }) };
  }
  throw new FetchError(`GET ${request.url} failed: ${status}${detail}`);
}

/** undici reports a cut connection as `TypeError: terminated` with the socket error as its cause. */
function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
