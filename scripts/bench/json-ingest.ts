/**
 * The ingest timed on JSON input: the same generated papers as Hugging Face `/api/daily_papers` files, ingested
 * into a folder of their own beside the project, so the text build it follows is left as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { HfJsonRenderer } from "./corpus/format-hf-json";
import type { CorpusGenerator } from "./corpus/index";
import { writeDigests } from "./corpus/index";
import type { JsonIngestMetrics } from "./results";
import { ingestScriptOf, ingestStage, ingestTimingsFile } from "./run/pipeline";
import { runStage } from "./run/run-stage";

const ROUND = "json";

export async function measureJsonIngest(
  projectDir: string,
  corpus: CorpusGenerator,
  workDir: string,
  outDir: string,
): Promise<JsonIngestMetrics> {
  const renderer = new HfJsonRenderer();
  const files = corpus.digests.map((digest, index) => renderer.render(digest, index));
  const digestsDir = join(workDir, "json-digests");
  const papersDir = join(workDir, "json-papers");
  rmSync(digestsDir, { recursive: true, force: true });
  rmSync(papersDir, { recursive: true, force: true });
  writeDigests(digestsDir, files);
  mkdirSync(papersDir, { recursive: true });
  const command = ingestStage({ projectDir, outDir, round: ROUND }, ingestScriptOf(projectDir), digestsDir, papersDir);
  const stage = await runStage({ ...command, watchDir: papersDir });
  const entries = files.reduce((sum, file) => sum + file.entries, 0);
  const timingsFile = ingestTimingsFile(outDir, ROUND);
  if (stage.exitCode !== 0 || !existsSync(timingsFile))
    throw new Error(`the JSON ingest failed (exit ${stage.exitCode}); see ${stage.logFile}`);
  const timings = JSON.parse(readFileSync(timingsFile, "utf8")) as {
    pagesCpuMs: number;
    derivedCpuMs: number;
  };
  const pagesPublished = readdirSync(papersDir).filter((file) => file.endsWith(".mdx")).length;
  return {
    files: files.length,
    entries,
    wallMs: stage.wallMs,
    cpuMs: stage.cpuMs,
    // Like the text ingest's figure: the whole process's CPU (start-up included) without the derived corpus.
    entriesPerCpuSecondToPages: entries / ((stage.cpuMs - timings.derivedCpuMs) / 1000),
    derivedCpuMs: timings.derivedCpuMs,
    pagesPublished,
  };
}
