/** The human report: one row per stage with its ratio to the floor, then search, page weight and targets. */
import type { DistDelta } from "./dist-delta";
import type { DistSize } from "./dist-size";
import type { BenchResult, PipelineRun } from "./results";
import type { StageResult } from "./run/run-stage";
import type { FirstQuery } from "./search/measure-search";

const MB = 1024 ** 2;
const KB = 1024;

const pad = (text: string, width: number): string => text.padEnd(width);
const padLeft = (text: string, width: number): string => text.padStart(width);
const secondsText = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`;

type Row = Pick<StageResult, "wallMs" | "cpuMs" | "peakRssBytes" | "files" | "bytes">;

/** Ratios use CPU time: on a shared machine wall time also counts waiting for other tenants. */
function row(label: string, stage: Row, floor: Row): string {
  return [
    pad(label, 26),
    padLeft(secondsText(stage.wallMs), 9),
    padLeft(secondsText(stage.cpuMs), 9),
    padLeft(`${(stage.cpuMs / floor.cpuMs).toFixed(1)}×`, 8),
    padLeft(megabytes(stage.peakRssBytes), 9),
    padLeft(String(stage.files), 8),
    padLeft(megabytes(stage.bytes), 9),
  ].join(" ");
}

function pipelineRows(label: string, run: PipelineRun, floor: Row): string[] {
  const totals = {
    wallMs: run.wallMs,
    cpuMs: run.stages.reduce((sum, stage) => sum + stage.cpuMs, 0),
    peakRssBytes: run.peakRssBytes,
    files: run.stages.reduce((sum, stage) => sum + stage.files, 0),
    bytes: run.stages.reduce((sum, stage) => sum + stage.bytes, 0),
  };
  return [
    ...run.stages.flatMap((stage) => [row(`  ${stage.name}`, stage, floor), ...processLines(stage)]),
    row(label, totals, floor),
  ];
}

/** Which processes held the memory of a stage that ran more than one (Astro plus the search indexer). */
function processLines(stage: StageResult): string[] {
  const large = stage.processPeaks.filter((process) => process.peakRssBytes >= 64 * MB);
  if (large.length < 2) return [];
  return large.map((process) => `      ${pad(process.label, 38)} ${padLeft(megabytes(process.peakRssBytes), 9)} peak`);
}

/** `dist/` by route type, then the paper page spread and the largest listing page. */
function distLines(dist: DistSize): string[] {
  const kilobytes = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
  const size = (bytes: number): string => (bytes < MB ? kilobytes(bytes) : `${(bytes / MB).toFixed(1)} MB`);
  const { paperPages, largestListing } = dist;
  return [
    `dist: ${size(dist.totalBytes)} in ${dist.totalFiles} files`,
    ...dist.byType.map(
      (type) =>
        `  ${pad(type.type, 14)} ${padLeft(size(type.bytes), 10)} ${padLeft(String(type.files), 8)} files` +
        (type.byExtension.length > 1
          ? ` (${type.byExtension
              .slice(0, 4)
              .map((part) => `${part.extension || "no extension"} ${size(part.bytes)}`)
              .join(", ")})`
          : ""),
    ),
    `  paper pages (HTML): median ${kilobytes(paperPages.medianBytes)}, p95 ${kilobytes(paperPages.p95Bytes)}, max ${kilobytes(paperPages.maxBytes)} (${paperPages.largest})`,
    ...(largestListing
      ? [`  largest listing page: ${kilobytes(largestListing.bytes)} (${largestListing.page}, ${largestListing.type})`]
      : []),
  ];
}

/** What the rebuild changed in `dist/`, by route type, with a changed file or two of each to look at. */
function deltaLines(delta: DistDelta, papersAdded: number): string[] {
  const size = (bytes: number): string =>
    bytes < MB ? `${(bytes / KB).toFixed(1)} KB` : `${(bytes / MB).toFixed(1)} MB`;
  const share = (part: number, whole: number): string => `${whole === 0 ? "0" : ((part / whole) * 100).toFixed(1)}%`;
  return [
    `changed by the +${papersAdded} papers rebuild: ${delta.changedFiles} of ${delta.files} files, ` +
      `${size(delta.changedBytes)} of ${size(delta.bytes)} (${share(delta.changedBytes, delta.bytes)})`,
    ...delta.byType
      .filter((type) => type.files > 0 || type.removedFiles > 0)
      .map(
        (type) =>
          `  ${pad(type.type, 14)} ${padLeft(`${type.changedFiles}/${type.files}`, 13)} files ` +
          `${padLeft(size(type.changedBytes), 10)} (${share(type.changedBytes, type.bytes)}), ` +
          `${type.addedFiles} new, ${type.removedFiles} gone` +
          (delta.examples[type.type]?.length ? `; e.g. ${delta.examples[type.type]?.join(", ")}` : ""),
      ),
  ];
}

/** One query's bytes, then the same bytes by kind of Pagefind file. */
function firstQueryLines(label: string, query: FirstQuery, counted: string): string[] {
  const kinds = Object.entries(query.byKind).map(
    ([kind, { files, bytes }]) => `${kind} ${(bytes / KB).toFixed(1)} KB (${files})`,
  );
  return [
    `  ${label} "${query.query}": ${(query.transferBytes / KB).toFixed(0)} KB in ${query.requests} requests, ${query.results} ${counted}, ${query.ms.toFixed(0)} ms`,
    `    ${kinds.join(", ")}`,
  ];
}

export function formatTable(result: BenchResult): string {
  const { corpus, machine, floor } = result;
  const lines = [
    `Lectern bench: ${result.papers} papers (${corpus.entries} entries in ${corpus.digests} digests, ${corpus.duplicates} re-listed) ` +
      `on ${machine.cpus} CPUs, ${(machine.memoryBytes / 1024 ** 3).toFixed(0)} GB, Node ${machine.node}, ` +
      `load average ${machine.loadAtStart.toFixed(1)} → ${machine.loadAtEnd.toFixed(1)}`,
    "",
    [
      pad("stage", 26),
      padLeft("wall", 9),
      padLeft("CPU", 9),
      padLeft("×floor", 8),
      padLeft("peak RSS", 9),
      padLeft("files", 8),
      padLeft("written", 9),
    ].join(" "),
    row("floor (template strings)", floor, floor),
    ...pipelineRows("full build", result.full, floor),
  ];
  if (result.incremental)
    lines.push(...pipelineRows(`+${result.incremental.papersAdded} papers rebuild`, result.incremental, floor));
  lines.push(
    "",
    `ingest: ${Math.round(result.ingest.entriesPerCpuSecond)} entries per CPU second, ${Math.round(result.ingest.entriesPerSecond)} per wall second, ${result.ingest.pagesPublished} pages published; digests to pages alone ${Math.round(result.ingest.entriesPerCpuSecondToPages)} per CPU second, derived corpus ${(result.ingest.derivedCpuMs / 1000).toFixed(1)} CPU s`,
  );
  if (result.jsonIngest) {
    const json = result.jsonIngest;
    lines.push(
      `ingest of the same papers as JSON (${json.files} /api/daily_papers files, ${json.entries} entries): ${Math.round(json.entriesPerCpuSecondToPages)} entries per CPU second to pages, derived corpus ${(json.derivedCpuMs / 1000).toFixed(1)} CPU s, ${secondsText(json.wallMs)} wall, ${json.pagesPublished} pages published`,
    );
  }
  if (result.astroPhases.length > 0) lines.push("astro phases:", ...result.astroPhases.map((line) => `  ${line}`));
  if (result.search) {
    const { index, firstQueries, warmMedianMs, warmSamples } = result.search;
    lines.push(`search index: ${megabytes(index.bytes)} in ${index.files} files`);
    for (const query of firstQueries) lines.push(...firstQueryLines("first query", query, "results"));
    for (const query of result.search.pageFirstQueries)
      lines.push(...firstQueryLines("on the search page", query, "results shown"));
    lines.push(`  warm query median: ${warmMedianMs.toFixed(1)} ms over ${warmSamples} runs`);
  }
  if (result.pageWeight) {
    const weight = result.pageWeight;
    lines.push(
      `paper page ${weight.page}: ${(weight.totalBytes / KB).toFixed(1)} KB gzip (HTML ${(weight.htmlBytes / KB).toFixed(1)} + CSS ${(weight.cssBytes / KB).toFixed(1)}), ` +
        `${weight.renderBlockingScripts} render-blocking, ${weight.inlineHeadScripts} inline head script(s)`,
    );
  }
  if (result.dist) lines.push(...distLines(result.dist));
  if (result.incremental) lines.push(...deltaLines(result.incremental.changed, result.incremental.papersAdded));
  if (result.offline) {
    const { firstVisit, saved, update } = result.offline;
    const size = (d: { files: number; bytes: number; transferBytes: number }): string =>
      `${d.files} files, ${(d.bytes / MB).toFixed(1)} MB stored, ${(d.transferBytes / MB).toFixed(1)} MB transferred`;
    lines.push(
      `offline: sw.js ${(result.offline.serviceWorkerBytes / KB).toFixed(1)} KB; first visit ${size(firstVisit)}`,
    );
    lines.push(`  saved everything: ${size(saved)}`);
    if (update) lines.push(`  update after the rebuild: ${size(update)}`);
  }
  if (result.related)
    lines.push(`related papers: ${result.related.documents} documents in ${result.related.seconds.toFixed(2)} s`);
  const profiles = [
    ["astro build", result.profile],
    ["+papers rebuild's astro build", result.incrementalProfile],
  ] as const;
  for (const [label, profile] of profiles) {
    if (!profile) continue;
    lines.push(`${label} CPU profile (${secondsText(profile.totalMs)} sampled), self time by package:`);
    for (const share of profile.byPackage)
      lines.push(
        `  ${pad(share.name, 28)} ${padLeft(secondsText(share.ms), 8)} ${padLeft((share.share * 100).toFixed(1), 5)}%`,
      );
  }
  lines.push("");
  for (const target of result.targets)
    lines.push(`${target.pass ? "PASS" : "FAIL"} ${target.target}: ${target.measured}`);
  return lines.join("\n");
}
