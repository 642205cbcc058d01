/** Runs `npm run fetch` in-process against a temporary digests folder, with a clock that never really waits. */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Clock } from "../../../scripts/fetch/clock";
import { main } from "../../../scripts/fetch/main";

export const FETCH_FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/fetch");

/** A clock standing still but for the sleeps asked of it, each recorded. */
export interface FakeClock extends Clock {
  sleeps: number[];
  advance: (ms: number) => void;
}

export function fakeClock(start: string): FakeClock {
  let now = Date.parse(start);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface FetchRun {
  status: number;
  stdout: string[];
  stderr: string;
}

const scratchRoots: string[] = [];

/** A project folder of its own for each test: the digests land in `<root>/content/digests`. */
export function scratchProject(): { root: string; digests: string; files: () => string[] } {
  const root = mkdtempSync(path.join(tmpdir(), "lectern-fetch-"));
  scratchRoots.push(root);
  const digests = path.join(root, "content/digests");
  return {
    root,
    digests,
    files: () => {
      try {
        return readdirSync(digests).sort();
      } catch {
        return [];
      }
    },
  };
}

export function removeScratchProjects(): void {
  for (const root of scratchRoots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** `command` is split at spaces (`"hf --date 2026-08-21"`); `extra` arguments are passed whole. */
export async function runFetch(root: string, clock: Clock, command: string, ...extra: string[]): Promise<FetchRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const output = { log: (line: string) => stdout.push(line), error: (line: string) => stderr.push(line) };
  const status = await main([...command.split(" "), ...extra], {}, output, { root, clock });
  return { status, stdout, stderr: stderr.join("\n") };
}
