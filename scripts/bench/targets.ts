/** Issue 5's targets, each applying at the paper count it names (or at every count when it has none). */
import type { BenchResult, TargetResult } from "./results";

const GB = 1024 ** 3;
const KB = 1024;

interface Target {
  target: string;
  appliesTo(result: BenchResult): boolean;
  evaluate(result: BenchResult): { pass: boolean; measured: string };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const gigabytes = (bytes: number): string => `${(bytes / GB).toFixed(2)} GB`;
const MB = 1024 ** 2;
const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
const kilobytes = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

const TARGETS: Target[] = [
  {
    target: "10k papers: full build (ingest + Astro + Pagefind) <= 50 s",
    appliesTo: (r) => r.papers === 10_000,
    evaluate: (r) => ({ pass: r.full.wallMs <= 50_000, measured: seconds(r.full.wallMs) }),
  },
  {
    target: "10k papers: full build peak memory <= 2.5 GB",
    appliesTo: (r) => r.papers === 10_000,
    evaluate: (r) => ({ pass: r.full.peakRssBytes <= 2.5 * GB, measured: gigabytes(r.full.peakRssBytes) }),
  },
  {
    target: "50k papers: completes with peak memory < 8 GB",
    appliesTo: (r) => r.papers === 50_000,
    evaluate: (r) => ({
      pass: r.full.stages.every((stage) => stage.exitCode === 0) && r.full.peakRssBytes < 8 * GB,
      measured: gigabytes(r.full.peakRssBytes),
    }),
  },
  {
    target: "incremental: +1 digest of 50 papers on a 10k site < 25% of the full build",
    appliesTo: (r) => r.papers === 10_000 && r.incremental !== undefined,
    evaluate: (r) => {
      const share = (r.incremental?.wallMs ?? Infinity) / r.full.wallMs;
      return { pass: share < 0.25, measured: `${(share * 100).toFixed(0)}% (${seconds(r.incremental?.wallMs ?? 0)})` };
    },
  },
  {
    target: "ingest alone: >= 5,000 entries/s",
    appliesTo: () => true,
    // Judged on CPU time: the ingest runs on one thread, so that is its wall time on an unshared machine. "Alone"
    // is digests to pages; the derived corpus the same process writes next (the topics, related papers and search
    // records the site build used to compute) is quoted beside it.
    evaluate: (r) => ({
      pass: r.ingest.entriesPerCpuSecondToPages >= 5000,
      measured: `${Math.round(r.ingest.entriesPerCpuSecondToPages)} entries per CPU second to pages; with the derived corpus (${(r.ingest.derivedCpuMs / 1000).toFixed(1)} CPU s) ${Math.round(r.ingest.entriesPerCpuSecond)} (${Math.round(r.ingest.entriesPerSecond)} per wall second)`,
    }),
  },
  {
    target: "ingest alone, JSON input (/api/daily_papers): >= 5,000 entries/s",
    appliesTo: (r) => r.jsonIngest !== undefined,
    evaluate: (r) => ({
      pass: (r.jsonIngest?.entriesPerCpuSecondToPages ?? 0) >= 5000,
      measured: `${Math.round(r.jsonIngest?.entriesPerCpuSecondToPages ?? 0)} entries per CPU second to pages`,
    }),
  },
  {
    target: "related papers for 50k papers < 20 s",
    appliesTo: (r) => r.related !== undefined,
    evaluate: (r) => ({ pass: (r.related?.seconds ?? Infinity) < 20, measured: `${r.related?.seconds.toFixed(2)} s` }),
  },
  {
    target: "10k papers: first query downloads < 300 KB (every query measured)",
    appliesTo: (r) => r.papers === 10_000 && r.search !== undefined,
    evaluate: (r) => {
      const worst = Math.max(...(r.search?.firstQueries ?? []).map((query) => query.transferBytes));
      return { pass: worst < 300 * KB, measured: `worst ${(worst / KB).toFixed(0)} KB` };
    },
  },
  {
    target: "10k papers: warm query latency < 50 ms (median, Chromium)",
    appliesTo: (r) => r.papers === 10_000 && r.search !== undefined,
    evaluate: (r) => ({
      pass: (r.search?.warmMedianMs ?? Infinity) < 50,
      measured: `${r.search?.warmMedianMs.toFixed(1)} ms`,
    }),
  },
  {
    target: "paper page < 20 KB HTML+CSS compressed, no render-blocking script",
    appliesTo: (r) => r.pageWeight !== undefined,
    evaluate: (r) => ({
      pass: (r.pageWeight?.totalBytes ?? Infinity) < 20 * KB && r.pageWeight?.renderBlockingScripts === 0,
      measured: `${((r.pageWeight?.totalBytes ?? 0) / KB).toFixed(1)} KB, ${r.pageWeight?.renderBlockingScripts} blocking script(s)`,
    }),
  },
  // Issue 11: lean pages. Every byte of markup repeats on each of N pages, and GitHub Pages refuses sites over 1 GB.
  {
    target: "10k papers: dist <= 150 MB",
    appliesTo: (r) => r.papers === 10_000 && r.dist !== undefined,
    evaluate: (r) => ({
      pass: (r.dist?.totalBytes ?? Infinity) <= 150 * MB,
      measured: `${megabytes(r.dist?.totalBytes ?? 0)} in ${r.dist?.totalFiles} files`,
    }),
  },
  {
    target: "50k papers: dist < 1 GB",
    appliesTo: (r) => r.papers === 50_000 && r.dist !== undefined,
    evaluate: (r) => ({ pass: (r.dist?.totalBytes ?? Infinity) < GB, measured: gigabytes(r.dist?.totalBytes ?? 0) }),
  },
  {
    target: "paper page <= 8 KB HTML uncompressed (median page; p95 and max shown)",
    appliesTo: (r) => r.dist !== undefined && r.dist.paperPages.count > 0,
    evaluate: (r) => {
      const pages = r.dist?.paperPages;
      return {
        pass: (pages?.medianBytes ?? Infinity) <= 8 * KB,
        measured: `median ${kilobytes(pages?.medianBytes ?? 0)}, p95 ${kilobytes(pages?.p95Bytes ?? 0)}, max ${kilobytes(pages?.maxBytes ?? 0)}`,
      };
    },
  },
  {
    target: "every listing page (topic, digest, timeline, home) <= 40 KB",
    appliesTo: (r) => r.dist?.largestListing !== undefined,
    evaluate: (r) => ({
      pass: (r.dist?.largestListing?.bytes ?? Infinity) <= 40 * KB,
      measured: `largest ${kilobytes(r.dist?.largestListing?.bytes ?? 0)} (${r.dist?.largestListing?.page})`,
    }),
  },
  {
    target: "no page carries inline script beyond the no-flash theme line",
    appliesTo: (r) => r.dist !== undefined,
    evaluate: (r) => {
      const pages = r.dist?.pagesWithExtraInlineScript ?? [];
      return { pass: pages.length === 0, measured: `${pages.length} page(s)${pages[0] ? `, e.g. ${pages[0]}` : ""}` };
    },
  },
];

/** Issue 11's offline targets, measured in Chromium with the real service worker (scripts/bench/offline/). */
const OFFLINE_TARGETS: Target[] = [
  {
    target: "sw.js <= 100 KB (its size does not grow with the corpus)",
    appliesTo: (r) => r.offline !== undefined,
    evaluate: (r) => {
      const bytes = Math.max(r.offline?.serviceWorkerBytes ?? Infinity, r.offline?.update?.serviceWorkerBytes ?? 0);
      return { pass: bytes <= 100 * KB, measured: `${(bytes / KB).toFixed(1)} KB` };
    },
  },
  {
    target: "first visit transfers <= 2 MB (app shell only)",
    appliesTo: (r) => r.offline !== undefined,
    evaluate: (r) => {
      const visit = r.offline?.firstVisit;
      return {
        pass: (visit?.transferBytes ?? Infinity) <= 2 * 1024 * KB,
        measured: `${megabytes(visit?.transferBytes ?? 0)} in ${visit?.files} files (${megabytes(visit?.bytes ?? 0)} stored)`,
      };
    },
  },
  {
    target: "update after the +50-paper rebuild re-downloads < 10% of what a reader who saved everything stored",
    appliesTo: (r) => r.offline?.update !== undefined,
    evaluate: (r) => {
      const stored = r.offline?.saved.bytes ?? 0;
      const again = r.offline?.update?.bytes ?? Infinity;
      return {
        pass: again < 0.1 * stored,
        measured: `${((again / stored) * 100).toFixed(1)}% (${megabytes(again)} in ${r.offline?.update?.files} files of ${megabytes(stored)} in ${r.offline?.saved.files})`,
      };
    },
  },
];

export function evaluateTargets(result: BenchResult): TargetResult[] {
  return [...TARGETS, ...OFFLINE_TARGETS]
    .filter((target) => target.appliesTo(result))
    .map((target) => ({
      target: target.target,
      ...target.evaluate(result),
    }));
}
