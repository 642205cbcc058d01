/** Runs the build stages in order, stopping at the first failure, and totals them. */
import { existsSync } from "node:fs";
import type { PipelineRun } from "../results";
import { runStage, type StageCommand } from "./run-stage";

export async function runPipeline(
  stages: readonly StageCommand[],
  onStage: (line: string) => void,
): Promise<PipelineRun> {
  const results = [];
  for (const stage of stages) {
    if (stage.unlessExists !== undefined && existsSync(stage.unlessExists)) continue;
    const result = await runStage(stage);
    onStage(`  ${stage.name}: ${(result.wallMs / 1000).toFixed(1)} s, exit ${result.exitCode}`);
    results.push(result);
    if (result.exitCode !== 0)
      throw new Error(`stage "${stage.name}" failed with exit ${result.exitCode}; see ${stage.logFile}`);
  }
  return {
    stages: results,
    wallMs: results.reduce((sum, stage) => sum + stage.wallMs, 0),
    cpuMs: results.reduce((sum, stage) => sum + stage.cpuMs, 0),
    peakRssBytes: Math.max(0, ...results.map((stage) => stage.peakRssBytes)),
  };
}
