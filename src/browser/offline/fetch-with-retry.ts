/**
 * Fetching one file of an optional download: a dropped connection or a server error is tried again a few times
 * with growing pauses before the download stops, so one hiccup among thousands of files does not end it.
 */

const ATTEMPTS = 4;
const FIRST_PAUSE_MS = 400;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A response the server will not give otherwise if asked again (a missing file): no point retrying. */
class PermanentFailure extends Error {}

const fetchOnce = async (url: string): Promise<Response> => {
  // no-cache: the copy stored for offline use must be the server's current one, not an HTTP-cached older one.
  const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
  if (response.ok) return response;
  const message = `${url} answered ${response.status}`;
  throw response.status >= 500 ? new Error(message) : new PermanentFailure(message);
};

export const fetchWithRetry = async (url: string): Promise<Response> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetchOnce(url);
    } catch (error) {
      if (error instanceof PermanentFailure || attempt >= ATTEMPTS) throw error;
      await pause(FIRST_PAUSE_MS * 2 ** (attempt - 1));
    }
  }
};

/** The browser refused to store more: the origin's storage quota is used up. */
export const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException && error.name === "QuotaExceededError";
