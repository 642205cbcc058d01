/**
 * Where the CPU time of a `node --cpu-prof` profile went: self time grouped by npm package (or the project, Node
 * internals, GC), plus the hottest functions. Grouping by package answers "is it bundling, MDX, zod or us?".
 */
import { readFileSync } from "node:fs";

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byPackage: Share[];
  topFunctions: Share[];
}

/** `.../node_modules/@scope/name/...` → `@scope/name`; the last node_modules segment wins for nested installs. */
export function packageOf(url: string): string {
  if (url === "") return "(native / VM)";
  if (url.startsWith("node:")) return "node internals";
  const marker = url.lastIndexOf("node_modules/");
  if (marker === -1) return "project";
  const [first = "", second = ""] = url.slice(marker + "node_modules/".length).split("/");
  return first.startsWith("@") ? `${first}/${second}` : first;
}

function topShares(times: Map<string, number>, totalMs: number, count: number): Share[] {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
}

export function summariseCpuProfile(profile: CpuProfile, count = 12): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const frame = nodes.get(id)?.callFrame;
    if (frame === undefined) return;
    totalMs += ms;
    const pkg = frame.functionName.startsWith("(") ? frame.functionName : packageOf(frame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const fn = `${frame.functionName || "(anonymous)"} ${pkg}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  return {
    totalMs,
    byPackage: topShares(byPackage, totalMs, count),
    topFunctions: topShares(byFunction, totalMs, count),
  };
}

export function summariseCpuProfileFile(path: string): ProfileSummary {
  return summariseCpuProfile(JSON.parse(readFileSync(path, "utf8")) as CpuProfile);
}
