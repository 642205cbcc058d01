/**
 * CPU time (user + system) used by reaped child processes, from this process's `cutime`/`cstime` in /proc. On a
 * shared machine wall time includes waiting for other tenants' work; CPU time does not.
 */
import { readFileSync } from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100;

export function childrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17 of the whole line.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[13] ?? 0) + Number(fields[14] ?? 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
