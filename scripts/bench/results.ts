/** The shape of one benchmark run, as written to `--json` and read by the targets and the table. */
import type { DistDelta } from "./dist-delta";
import type { DistSize } from "./dist-size";
import type { OfflineMetrics } from "./offline/measure-offline";
import type { StageResult } from "./run/run-stage";
import type { IndexStats } from "./search/index-stats";
import type { SearchMetrics } from "./search/measure-search";
import type { PageWeight } from "./search/page-weight";
import type { ProfileSummary } from "./profile/summarise-cpu-profile";

export interface PipelineRun {
  stages: StageResult[];
  wallMs: number;
  cpuMs: number;
  /** Highest peak of any stage (stages run one after the other). */
  peakRssBytes: number;
}

export interface BenchResult {
  papers: number;
  /** Load averages (1 min) at the start and end: other tenants' work inflates wall times, not CPU times. */
  machine: { cpus: number; memoryBytes: number; node: string; loadAtStart: number; loadAtEnd: number };
  corpus: { digests: number; entries: number; duplicates: number; generateMs: number };
  /** Plain template-string pages: the ratio denominator. `innerMs` excludes process start. */
  floor: StageResult & { pages: number; innerMs: number };
  full: PipelineRun;
  /** `changed`: what the rebuild changed in `dist/`, by route type. */
  incremental?: PipelineRun & { papersAdded: number; changed: DistDelta };
  /** Per wall second and per CPU second: the ingest is single-threaded, so on an idle machine the two agree. */
  ingest: {
    entriesPerSecond: number;
    entriesPerCpuSecond: number;
    /** Digests to pages alone: the ingest's CPU time without the derived corpus it also writes. */
    entriesPerCpuSecondToPages: number;
    derivedCpuMs: number;
    pagesPublished: number;
  };
  /** The same papers ingested from `/api/daily_papers` JSON files instead of text digests. */
  jsonIngest?: JsonIngestMetrics;
  /** Astro's own phase lines from the full build's log (content sync, bundling, page generation). */
  astroPhases: string[];
  search?: SearchMetrics & { index: IndexStats };
  pageWeight?: PageWeight;
  /** The built site by route type, after the full build. */
  dist?: DistSize;
  related?: { documents: number; seconds: number };
  /** The service worker in Chromium: first visit, and the update after the incremental rebuild. */
  offline?: OfflineMetrics;
  /** CPU profiles of the Astro process: the full build, and the rebuild after the extra digest. */
  profile?: ProfileSummary;
  incrementalProfile?: ProfileSummary;
  targets: TargetResult[];
}

export interface JsonIngestMetrics {
  files: number;
  entries: number;
  wallMs: number;
  cpuMs: number;
  entriesPerCpuSecondToPages: number;
  derivedCpuMs: number;
  pagesPublished: number;
}

export interface TargetResult {
  target: string;
  pass: boolean;
  measured: string;
}
