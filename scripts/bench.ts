/**
 * `npm run bench -- --papers N`: generates a synthetic corpus of N papers, builds it with the project's real
 * pipeline in a throwaway copy of the project, and reports time, memory, output, search cost and issue 5's targets.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseBenchArgs } from "./bench/args";
import { astroPhases } from "./bench/astro-phases";
import { distDelta, hashDist } from "./bench/dist-delta";
import { distSize } from "./bench/dist-size";
import { generateCorpusFrom, writeDigests } from "./bench/corpus/index";
import { formatTable } from "./bench/format-table";
import { measureJsonIngest } from "./bench/json-ingest";
import { summariseCpuProfileFile, type ProfileSummary } from "./bench/profile/summarise-cpu-profile";
import { measureRelated } from "./bench/related";
import type { BenchResult } from "./bench/results";
import { buildStages } from "./bench/run/pipeline";
import { measureFirstVisitAndSave, measureUpdate, type OfflineMetrics } from "./bench/offline/measure-offline";
import { copyProject } from "./bench/run/project-copy";
import { runPipeline } from "./bench/run/run-pipeline";
import { runStage } from "./bench/run/run-stage";
import { indexStats } from "./bench/search/index-stats";
import { measureSearch } from "./bench/search/measure-search";
import { firstPaperPage, pageWeight } from "./bench/search/page-weight";
import { evaluateTargets } from "./bench/targets";

const INCREMENTAL_PAPERS = 50;
const projectRoot = resolve(import.meta.dirname, "..");
const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const workDir = options.keep === undefined ? mkdtempSync(join(tmpdir(), "lectern-bench-")) : resolve(options.keep);
  const projectDir = join(workDir, "project");
  const outDir = join(workDir, "results");
  rmSync(projectDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  log(`bench: ${options.papers} papers in ${workDir}`);
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    copyProject(projectRoot, projectDir);
    const generateStarted = performance.now();
    const corpus = generateCorpusFrom(join(projectRoot, "content/digests"), options.papers);
    const digestsDir = join(projectDir, "content/digests");
    writeDigests(digestsDir, corpus.digests);
    const generateMs = performance.now() - generateStarted;
    const entries = corpus.digests.reduce((sum, digest) => sum + digest.entries, 0);
    log(`corpus: ${corpus.digests.length} digests, ${entries} entries in ${(generateMs / 1000).toFixed(1)} s`);

    const floor = await runFloor(projectDir, digestsDir, join(workDir, "floor"), outDir);
    const cpuProfileDir = options.profile ? join(outDir, "cpu-profile") : undefined;
    const incrementalProfileDir = options.profile ? join(outDir, "cpu-profile-incremental") : undefined;
    const stageOptions = { projectDir, outDir, ...(cpuProfileDir === undefined ? {} : { cpuProfileDir }) };
    log("full build:");
    const full = await runPipeline(buildStages({ ...stageOptions, round: "full" }), log);
    const ingestStage = full.stages.find((stage) => stage.name === "ingest");
    const pagesPublished = readdirSync(join(projectDir, "content/papers")).filter((file) =>
      file.endsWith(".mdx"),
    ).length;
    if (pagesPublished !== options.papers)
      log(`warning: ingest published ${pagesPublished} pages for ${options.papers} unique papers`);
    const derivedCpuMs = ingestDerivedCpuMs(join(outDir, "full-ingest-timings.json"));
    const astroStage = full.stages.find((stage) => stage.name.startsWith("astro"));
    const distDir = join(projectDir, "dist");
    const search = options.search
      ? { ...(await measureSearch(distDir)), index: indexStats(join(distDir, "pagefind")) }
      : undefined;
    const paperPage = firstPaperPage(distDir);
    const offlineProfile = join(workDir, "offline-profile");
    let offline: OfflineMetrics | undefined;
    if (options.offline) {
      log("offline: first visit and Save all, in Chromium");
      rmSync(offlineProfile, { recursive: true, force: true });
      offline = await measureFirstVisitAndSave(distDir, offlineProfile);
    }
    const dist = distSize(distDir);

    let incremental: BenchResult["incremental"];
    if (options.incremental) {
      const beforeRebuild = hashDist(distDir);
      writeDigests(digestsDir, [corpus.addFreshDigest(INCREMENTAL_PAPERS)]);
      log(`incremental build (+${INCREMENTAL_PAPERS} papers):`);
      const run = await runPipeline(
        buildStages({
          projectDir,
          outDir,
          round: "incremental",
          ...(incrementalProfileDir === undefined ? {} : { cpuProfileDir: incrementalProfileDir }),
        }),
        log,
      );
      incremental = { ...run, papersAdded: INCREMENTAL_PAPERS, changed: distDelta(beforeRebuild, hashDist(distDir)) };
      if (offline) {
        log("offline: the update after the rebuild, in Chromium");
        offline.update = await measureUpdate(distDir, offlineProfile, offline.port);
      }
    }
    const related = options.related ? measureRelated(projectRoot) : undefined;
    if (options.jsonIngest) log("ingest of the same papers as Hugging Face JSON:");
    const jsonIngest = options.jsonIngest ? await measureJsonIngest(projectDir, corpus, workDir, outDir) : undefined;

    const result: BenchResult = {
      papers: options.papers,
      machine: {
        cpus: cpus().length,
        memoryBytes: totalmem(),
        node: process.version,
        loadAtStart,
        loadAtEnd: loadavg()[0] ?? 0,
      },
      corpus: { digests: corpus.digests.length, entries, duplicates: entries - options.papers, generateMs },
      floor,
      full,
      ...(incremental === undefined ? {} : { incremental }),
      ingest: {
        entriesPerSecond: entries / ((ingestStage?.wallMs ?? Infinity) / 1000),
        entriesPerCpuSecond: entries / ((ingestStage?.cpuMs ?? Infinity) / 1000),
        entriesPerCpuSecondToPages: entries / (((ingestStage?.cpuMs ?? Infinity) - derivedCpuMs) / 1000),
        derivedCpuMs,
        pagesPublished,
      },
      ...(jsonIngest === undefined ? {} : { jsonIngest }),
      astroPhases: astroStage === undefined ? [] : astroPhases(astroStage.logFile),
      ...(search === undefined ? {} : { search }),
      ...(paperPage === undefined ? {} : { pageWeight: pageWeight(distDir, paperPage) }),
      dist,
      ...(related === undefined ? {} : { related }),
      ...(offline === undefined ? {} : { offline }),
      ...optional("profile", astroProfile(cpuProfileDir)),
      ...optional("incrementalProfile", astroProfile(incrementalProfileDir)),
      targets: [],
    };
    result.targets = evaluateTargets(result);
    process.stdout.write(`${formatTable(result)}\n`);
    if (options.json !== undefined) writeFileSync(resolve(options.json), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    if (options.keep === undefined) rmSync(workDir, { recursive: true, force: true });
  }
}

/** The derived corpus's share of the ingest's CPU time, from the `--timings` file it writes (0 when there is none). */
function ingestDerivedCpuMs(timingsFile: string): number {
  if (!existsSync(timingsFile)) return 0;
  return (JSON.parse(readFileSync(timingsFile, "utf8")) as { derivedCpuMs?: number }).derivedCpuMs ?? 0;
}

/**
 * The profile of the Astro process among a stage's profiles (its search indexer child writes its own): the
 * largest file, since Astro runs longest and does the most.
 */
function astroProfile(dir: string | undefined): ProfileSummary | undefined {
  if (dir === undefined || !existsSync(dir)) return undefined;
  const largest = readdirSync(dir)
    .filter((file) => file.endsWith(".cpuprofile"))
    .map((file) => ({ file, bytes: statSync(join(dir, file)).size }))
    .sort((a, b) => b.bytes - a.bytes)[0];
  return largest === undefined ? undefined : summariseCpuProfileFile(join(dir, largest.file));
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

async function runFloor(
  projectDir: string,
  digestsDir: string,
  floorOut: string,
  outDir: string,
): Promise<BenchResult["floor"]> {
  const stage = await runStage({
    name: "floor",
    command: process.execPath,
    args: [
      join(projectDir, "node_modules/tsx/dist/cli.mjs"),
      join(projectDir, "scripts/bench/floor.ts"),
      digestsDir,
      floorOut,
    ],
    cwd: projectDir,
    watchDir: floorOut,
    logFile: join(outDir, "floor.log"),
  });
  const printed = JSON.parse(readFileSync(stage.logFile, "utf8")) as { pages: number; ms: number };
  return { ...stage, pages: printed.pages, innerMs: printed.ms };
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
