/** The benchmark's measuring helpers: profile grouping, written-file accounting, page weight, target selection. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distDelta, hashDist } from "../../scripts/bench/dist-delta";
import { scratchFolder } from "./support/scratch-folder";
import { packageOf, summariseCpuProfile } from "../../scripts/bench/profile/summarise-cpu-profile";
import type { BenchResult } from "../../scripts/bench/results";
import { snapshot, writtenBetween } from "../../scripts/bench/run/fs-delta";
import { processLabel, sampleTreeRss } from "../../scripts/bench/run/tree-rss";
import { bytesByKind, fileKind } from "../../scripts/bench/search/file-kinds";
import { pageWeight } from "../../scripts/bench/search/page-weight";
import { evaluateTargets } from "../../scripts/bench/targets";

describe("process tree memory", () => {
  it("labels interpreters by their script, native programs by their name", () => {
    expect(
      processLabel(["/usr/bin/node", "--max-old-space-size=4096", "/p/node_modules/astro/bin/astro.mjs", "build"]),
    ).toBe("node astro.mjs");
    expect(processLabel(["node", "/p/node_modules/tsx/dist/cli.mjs", "scripts/search-index.ts"])).toBe(
      "node search-index.ts",
    );
    expect(processLabel(["/p/node_modules/@pagefind/linux-x64/bin/pagefind_extended", "--service"])).toBe(
      "pagefind_extended",
    );
    expect(processLabel(["sh", "-c", "astro build"])).toBe("sh");
  });

  it("keeps each process's own peak and the peak of their sum", async () => {
    const sampler = sampleTreeRss(process.pid, 10);
    const ballast = Buffer.alloc(64 * 1024 ** 2, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { peakRssBytes, processes } = sampler.stop();
    const self = processes.find((entry) => entry.pid === process.pid);
    // Read after stop(), so the ballast stays alive while the sampler runs.
    expect(self?.peakRssBytes).toBeGreaterThanOrEqual(ballast.length);
    expect(peakRssBytes).toBeGreaterThanOrEqual(self?.peakRssBytes ?? Infinity);
  });
});

describe("CPU profile summary", () => {
  it("groups frames by the npm package that owns them", () => {
    expect(packageOf("file:///w/node_modules/rolldown/dist/index.mjs")).toBe("rolldown");
    expect(packageOf("file:///w/node_modules/a/node_modules/@mdx-js/mdx/lib/x.js")).toBe("@mdx-js/mdx");
    expect(packageOf("node:internal/modules/esm/resolve")).toBe("node internals");
    expect(packageOf("file:///w/src/lib/paths.ts")).toBe("project");
  });

  it("adds self time per package from samples and time deltas", () => {
    const frame = (id: number, url: string, functionName = "f") => ({
      id,
      callFrame: { functionName, url, lineNumber: 0 },
    });
    const summary = summariseCpuProfile({
      nodes: [
        frame(1, "file:///w/node_modules/vite/a.js"),
        frame(2, "file:///w/src/a.ts"),
        frame(3, "", "(garbage collector)"),
      ],
      samples: [1, 1, 2, 3],
      timeDeltas: [1000, 1000, 1000, 1000],
    });
    expect(summary.totalMs).toBe(4);
    expect(summary.byPackage.map((share) => [share.name, share.ms])).toEqual([
      ["vite", 2],
      ["project", 1],
      ["(garbage collector)", 1],
    ]);
  });
});

describe("written files", () => {
  it("counts new and changed files, not untouched ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-delta-"));
    writeFileSync(join(dir, "kept.txt"), "same");
    const before = snapshot(dir);
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "new.txt"), "12345");
    expect(writtenBetween(before, snapshot(dir))).toEqual({ files: 1, bytes: 5 });
  });
});

describe("what a rebuild changed", () => {
  it("counts files whose content differs or that are new, by route type, and the ones gone", () => {
    const { dir: dist, write } = scratchFolder("bench-dist-");
    write("papers/a/index.html", "a");
    write("papers/b/index.html", "b");
    write("topics/x/index.html", "x");
    write("pagefind/s1/index/old.pf_index", "old");
    const before = hashDist(dist);
    // Rewritten with the same content: not a change, whatever its modification time says.
    write("papers/a/index.html", "a");
    write("papers/b/index.html", "b, now longer");
    write("papers/c/index.html", "c");
    rmSync(join(dist, "pagefind/s1/index/old.pf_index"));
    const delta = distDelta(before, hashDist(dist));
    const paper = delta.byType.find((type) => type.type === "paper");
    expect(paper).toMatchObject({ files: 3, changedFiles: 2, changedBytes: 14, addedFiles: 1, removedFiles: 0 });
    expect(delta.byType.find((type) => type.type === "topic")).toMatchObject({ files: 1, changedFiles: 0 });
    expect(delta.byType.find((type) => type.type === "search index")).toMatchObject({ files: 0, removedFiles: 1 });
    expect(delta.examples.paper).toEqual(["papers/b/index.html", "papers/c/index.html"]);
    expect(delta).toMatchObject({ files: 4, changedFiles: 2, changedBytes: 14 });
  });
});

describe("page weight", () => {
  it("adds linked stylesheets and tells blocking scripts from inline and module ones", () => {
    const dist = mkdtempSync(join(tmpdir(), "bench-page-"));
    mkdirSync(join(dist, "papers", "a"), { recursive: true });
    mkdirSync(join(dist, "_astro"));
    writeFileSync(join(dist, "_astro", "site.css"), "body{color:red}");
    writeFileSync(
      join(dist, "papers", "a", "index.html"),
      '<html><head><link rel="stylesheet" href="/_astro/site.css"><script>theme()</script><script src="/x.js"></script><script type="module" src="/m.js"></script></head><body></body></html>',
    );
    const weight = pageWeight(dist, "/papers/a/");
    expect(weight.cssBytes).toBeGreaterThan(0);
    expect(weight.renderBlockingScripts).toBe(1);
    expect(weight.inlineHeadScripts).toBe(1);
  });
});

describe("targets", () => {
  const result = (papers: number): BenchResult =>
    ({
      papers,
      full: { stages: [], wallMs: 45_000, cpuMs: 45_000, peakRssBytes: 1e9 },
      ingest: {
        entriesPerSecond: 6000,
        entriesPerCpuSecond: 6000,
        entriesPerCpuSecondToPages: 8000,
        derivedCpuMs: 500,
        pagesPublished: papers,
      },
    }) as unknown as BenchResult;

  it("applies the 10k targets only at 10,000 papers", () => {
    expect(evaluateTargets(result(1000)).map((target) => target.target)).toEqual(["ingest alone: >= 5,000 entries/s"]);
    const at10k = evaluateTargets(result(10_000));
    expect(at10k.filter((target) => target.target.startsWith("10k papers: full build"))).toHaveLength(2);
    expect(at10k.every((target) => target.pass)).toBe(true);
  });
});

describe("first-query bytes by kind of Pagefind file", () => {
  it("names each file of a shard's bundle by its role", () => {
    const shard = "/site/pagefind/abc123";
    expect(fileKind(`${shard}/pagefind.js`)).toBe("runtime");
    expect(fileKind(`${shard}/pagefind-worker.js`)).toBe("worker");
    expect(fileKind(`${shard}/wasm.en.pagefind`)).toBe("wasm");
    expect(fileKind(`${shard}/pagefind-entry.json`)).toBe("entry");
    expect(fileKind(`${shard}/pagefind.en_1a2b3c4d5e.pf_meta`)).toBe("meta");
    expect(fileKind(`${shard}/filter/en_1a2b3c4.pf_filter`)).toBe("filter");
    expect(fileKind(`${shard}/index/en_1a2b3c4.pf_index`)).toBe("index");
    expect(fileKind(`${shard}/fragment/en_1a2b3c4.pf_fragment`)).toBe("fragment");
    expect(fileKind("/site/search/index.html")).toBe("other");
  });

  it("adds files and bytes per kind, leaving out kinds nothing was fetched for", () => {
    const totals = bytesByKind([
      { file: "/p/a/index/en_1.pf_index", bytes: 100 },
      { file: "/p/b/index/en_2.pf_index", bytes: 50 },
      { file: "/p/a/wasm.en.pagefind", bytes: 7 },
    ]);
    expect(totals).toEqual({ wasm: { files: 1, bytes: 7 }, index: { files: 2, bytes: 150 } });
    expect(Object.keys(totals)).toEqual(["wasm", "index"]);
  });
});
