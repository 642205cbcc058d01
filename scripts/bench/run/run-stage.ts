/** Runs one pipeline stage as a child process and measures wall time, peak tree RSS and files written. */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { childrenCpuMs } from "./cpu-time";
import { snapshot, writtenBetween, type WrittenFiles } from "./fs-delta";
import { sampleTreeRss, type ProcessPeak } from "./tree-rss";

export interface StageCommand {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Folder whose changes count as this stage's output. */
  watchDir: string;
  /** Where the child's stdout and stderr go, for the profile and for failures. */
  logFile: string;
  /** Skip the stage when this path exists (a step the build may already do itself). */
  unlessExists?: string;
}

export interface StageResult extends WrittenFiles {
  name: string;
  wallMs: number;
  /** User + system CPU time of the whole tree: robust where wall time is inflated by other load. */
  cpuMs: number;
  peakRssBytes: number;
  /** The tree's processes by their own peak, largest first (the five largest are kept). */
  processPeaks: ProcessPeak[];
  exitCode: number;
  logFile: string;
}

export async function runStage(stage: StageCommand): Promise<StageResult> {
  const before = snapshot(stage.watchDir);
  const log = createWriteStream(stage.logFile);
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const child = spawn(stage.command, stage.args, {
    cwd: stage.cwd,
    env: { ...process.env, ...stage.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const sampler = sampleTreeRss(child.pid ?? 0);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      resolve(code ?? 1);
    });
  });
  const wallMs = performance.now() - started;
  const { peakRssBytes, processes } = sampler.stop();
  const cpuMs = childrenCpuMs() - cpuBefore;
  await new Promise<void>((resolve) => log.end(resolve));
  const written = writtenBetween(before, snapshot(stage.watchDir));
  const processPeaks = processes.slice(0, 5);
  return { name: stage.name, wallMs, cpuMs, peakRssBytes, processPeaks, exitCode, logFile: stage.logFile, ...written };
}
