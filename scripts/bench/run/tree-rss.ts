/**
 * Peak resident memory of a whole process tree, sampled from /proc: Astro, tsx and Pagefind spawn workers and
 * native binaries whose memory the parent's own RSS does not show.
 */
import { readFileSync } from "node:fs";

const PAGE_SIZE = 4096;

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** Direct children of every thread of `pid` (needs CONFIG_PROC_CHILDREN, standard on Linux since 3.5). */
function childrenOf(pid: number): number[] {
  const tasks = readOrEmpty(`/proc/${pid}/task/${pid}/children`);
  return tasks.split(/\s+/).filter(Boolean).map(Number);
}

function rssBytes(pid: number): number {
  const fields = readOrEmpty(`/proc/${pid}/statm`).split(" ");
  return Number(fields[1] ?? 0) * PAGE_SIZE;
}

export function treeRssBytes(rootPid: number): number {
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop();
    if (pid === undefined) break;
    total += rssBytes(pid);
    pending.push(...childrenOf(pid));
  }
  return total;
}

export interface RssSampler {
  stop(): number;
}

/** Samples every `intervalMs` until stopped; `stop()` returns the peak in bytes. */
export function sampleTreeRss(rootPid: number, intervalMs = 100): RssSampler {
  let peak = treeRssBytes(rootPid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(rootPid));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
