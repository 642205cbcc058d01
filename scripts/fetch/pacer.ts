/** Keeps requests to one host at least a fixed interval apart (arXiv asks for one every 3 seconds). */
import type { Clock } from "./clock";

export interface Pacer {
  /** Resolves when the next request may start, and counts it as started. */
  next: () => Promise<void>;
}

export function createPacer(clock: Clock, intervalMs: number): Pacer {
  let lastStart: number | undefined;
  return {
    async next() {
      if (lastStart !== undefined) {
        const wait = lastStart + intervalMs - clock.now();
        if (wait > 0) await clock.sleep(wait);
      }
      lastStart = clock.now();
    },
  };
}
