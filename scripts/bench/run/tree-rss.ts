/**
 * Peak resident memory of a whole process tree, sampled from /proc: Astro, tsx and Pagefind spawn workers and
 * native binaries whose memory the parent's own RSS does not show. Each process's own peak is kept too, so a tree
 * peak can be traced to the process that reached it.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";

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

/**
 * A short name a reader recognises: the executable, plus the last script argument for interpreters, since every
 * Node process would otherwise read "node" and a loader (`node tsx/cli.mjs scripts/search-index.ts`) comes first.
 */
export function processLabel(argv: readonly string[]): string {
  const [executable = "?", ...rest] = argv;
  const program = basename(executable);
  const script = rest.findLast((arg) => !arg.startsWith("-") && /\.(?:[cm]?[jt]s)$/.test(arg));
  return script === undefined ? program : `${program} ${basename(script)}`;
}

function labelOf(pid: number): string {
  const argv = readOrEmpty(`/proc/${pid}/cmdline`).split("\0").filter(Boolean);
  return argv.length > 0 ? processLabel(argv) : "?";
}

export interface ProcessPeak {
  pid: number;
  label: string;
  peakRssBytes: number;
}

interface TreeSample {
  total: number;
  byPid: Map<number, number>;
}

function sampleTree(rootPid: number): TreeSample {
  const byPid = new Map<number, number>();
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop();
    if (pid === undefined) break;
    const rss = rssBytes(pid);
    byPid.set(pid, rss);
    total += rss;
    pending.push(...childrenOf(pid));
  }
  return { total, byPid };
}

export interface RssPeaks {
  peakRssBytes: number;
  /** Every process seen, largest peak first; a short-lived process can be missed between samples. */
  processes: ProcessPeak[];
}

export interface RssSampler {
  stop(): RssPeaks;
}

/** Samples every `intervalMs` until stopped. */
export function sampleTreeRss(rootPid: number, intervalMs = 100): RssSampler {
  let peak = 0;
  const processes = new Map<number, ProcessPeak>();
  const sample = (): void => {
    const { total, byPid } = sampleTree(rootPid);
    peak = Math.max(peak, total);
    for (const [pid, rss] of byPid) {
      const known = processes.get(pid);
      // Labelled again at each new peak: `sh -c "astro build"` execs into node under the same pid.
      if (known && rss > known.peakRssBytes) Object.assign(known, { peakRssBytes: rss, label: labelOf(pid) });
      else if (!known && rss > 0) processes.set(pid, { pid, label: labelOf(pid), peakRssBytes: rss });
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const sorted = [...processes.values()].sort((a, b) => b.peakRssBytes - a.peakRssBytes);
      return { peakRssBytes: peak, processes: sorted };
    },
  };
}
