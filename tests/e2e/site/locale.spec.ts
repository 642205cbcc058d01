/**
 * The same digests build the same site on every machine: a corpus whose titles start with letters that Swedish and
 * Turkish collation order their own way (Ä, Å, Ö, Ü, İ, ı, Ł) is built under three locales and time zones, and
 * every file of `dist/` must be byte-identical. A `localeCompare` or locale-default format anywhere in the ingest,
 * the pages, the feeds, `papers.json`, the search index or the service worker shows up as a differing file.
 */
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "../support/fixtures";
import { listFiles } from "./built-site";
import { buildScratchSite, createScratchProject, run } from "./scratch-project";

/** Node's ICU takes its default locale from these variables even where the system has no such locale installed. */
const machines = [
  { name: "C", locale: "en-US", env: { LANG: "C", LC_ALL: "C", TZ: "UTC" } },
  { name: "sv", locale: "sv-SE", env: { LANG: "sv_SE.UTF-8", LC_ALL: "sv_SE.UTF-8", TZ: "Pacific/Kiritimati" } },
  { name: "tr", locale: "tr-TR", env: { LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8", TZ: "Pacific/Pago_Pago" } },
] as const;

/** One day for every paper, so listings fall back to the title to order them. */
const day = "Jun 4, 2024";

const papers = [
  ["Zebra Graph Neural Networks for Wildlife Tracking", "Zebra herds move as a graph"],
  ["Äpple Orchards as Graph Neural Networks", "Apple trees in an orchard form a graph"],
  ["Ångström-Scale Graph Neural Networks for Materials", "Atoms in a crystal form a graph"],
  ["Öresund Traffic Forecasting with Graph Neural Networks", "Bridge traffic sensors form a graph"],
  ["Über Quantization of Graph Neural Networks", "Low-bit quantization shrinks graph models"],
  ["İstanbul Ferry Demand with Graph Neural Networks", "Ferry piers form a graph"],
  ["Istanbul Bus Networks under Quantization", "Low-bit quantization of bus demand models"],
  ["ısıl Sensor Graphs: Quantization for Edge Devices", "Thermal sensors and low-bit quantization"],
  ["Łódź Energy Grids as Graph Neural Networks", "Power lines form a graph"],
  ["apple Quantization at Scale", "Low-bit quantization of large language models"],
  ["𝔸lgebraic Graph Neural Networks", "Algebraic structure of a graph"],
] as const;

const entry = ([title, lead]: readonly [string, string], index: number): string =>
  [
    title,
    `${lead}. We study graph neural networks and quantization on benchmark ${index}, with experiments across several datasets and a careful ablation of every component of the method.`,
    `  • ${index + 2} authors\n·\n${day} ${(index % 3) * 5}`,
  ].join("\n\n");

/** A layout-A digest (header, then blank-line separated entries) dated like its papers. */
const digest = (entries: readonly (readonly [string, string])[], offset: number): string =>
  [
    "new",
    "Get trending papers in your email inbox!",
    "Subscribe",
    "Daily Papers",
    "byAK and the research community",
    "Jun 4",
    ...entries.map((paper, index) => entry(paper, index + offset)),
    "",
  ].join("\n\n");

/** Every file of a built site as `path sha256`, in path order. */
async function fingerprint(outDir: string): Promise<string[]> {
  const files = (await listFiles(outDir)).sort();
  return Promise.all(
    files.map(
      async (file) =>
        `${file} ${createHash("sha256")
          .update(await readFile(join(outDir, file)))
          .digest("hex")}`,
    ),
  );
}

/** Paths whose `path sha256` line only one of the two fingerprints has: files that differ or exist once. */
function differingPaths(left: readonly string[], right: readonly string[]): string[] {
  const [leftLines, rightLines] = [new Set(left), new Set(right)];
  const unmatched = [...left.filter((line) => !rightLines.has(line)), ...right.filter((line) => !leftLines.has(line))];
  return [...new Set(unmatched.map((line) => line.slice(0, line.lastIndexOf(" "))))].sort();
}

test("builds under the C, Swedish and Turkish locales give byte-identical sites", async ({ site }) => {
  test.skip(site.name !== "root", "a property of the build; the root site is enough");
  // Three ingests and builds of a small throwaway project.
  test.setTimeout(600_000);
  const workDir = await createScratchProject("locale");
  try {
    const digests = join(workDir, "content", "digests");
    // Two digests of the same day, so the digest order falls back to their ids too.
    await writeFile(join(digests, "000_nordic.txt"), digest(papers.slice(0, 6), 0));
    await writeFile(join(digests, "001_Turkish.txt"), digest(papers.slice(6), 6));

    const sites: string[][] = [];
    for (const machine of machines) {
      const probe = "process.stdout.write(Intl.DateTimeFormat().resolvedOptions().locale)";
      const locale = await run("node", ["-e", probe], workDir, machine.env);
      expect(locale, `the ${machine.name} build really runs under its locale`).toBe(machine.locale);

      const outDir = join(workDir, `dist-${machine.name}`);
      await buildScratchSite(workDir, {
        basePath: "/",
        outDir,
        cacheDir: join(workDir, `cache-${machine.name}`),
        env: machine.env,
      });
      sites.push(await fingerprint(outDir));
    }

    const [reference = [], ...others] = sites;
    expect(
      reference.filter((line) => line.startsWith("papers/")),
      "every paper has a page",
    ).toHaveLength(papers.length);
    for (const [index, other] of others.entries()) {
      const name = machines[index + 1]?.name ?? "";
      expect.soft(differingPaths(reference, other), `files the ${name} build writes differently`).toEqual([]);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
});
