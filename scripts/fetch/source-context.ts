/** What a fetch command needs from its surroundings: where to write, how to print, the clock and the retry policy. */
import type { Clock } from "./clock";
import type { RetryPolicy } from "./http";

export interface SourceContext {
  /** Absolute path of the digests folder. */
  digests: string;
  /** Overwrite files that are already there instead of skipping them. */
  force: boolean;
  clock: Clock;
  policy: RetryPolicy;
  log: (line: string) => void;
  /** How a written file is named in progress lines (relative to the project). */
  show: (file: string) => string;
}
