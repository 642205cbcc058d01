/**
 * Times related-paper computation on a synthetic corpus of N documents (default 50,000), resampled from the
 * bundled digests so word statistics stay realistic: `npx tsx scripts/bench-related.ts [N]`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { relatedDocuments, type RelatedInput } from "../src/lib/related/related";

const DIGESTS = "content/digests";
/** Abstract lines are the long ones; every layout of the bundled digests puts an abstract on one line. */
const MIN_ABSTRACT_LENGTH = 250;

function main(): void {
  const count = Number(process.argv[2] ?? 50_000);
  if (!Number.isInteger(count) || count < 2)
    throw new Error(`expected a document count >= 2, got "${process.argv[2]}"`);
  const abstracts = readAbstracts();
  const documents = synthesize(abstracts, count, mulberry32(42));
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const related = relatedDocuments(documents);
  const seconds = (performance.now() - start) / 1000;
  // CPU time is reported too because wall time on a busy machine says more about the neighbours than the code.
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const found = [...related.values()].reduce((sum, matches) => sum + matches.length, 0);
  console.log(
    `related: ${count} documents from ${abstracts.length} source abstracts in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU ` +
      `(${(found / count).toFixed(2)} related per document)`,
  );
}

function readAbstracts(): string[][] {
  return readdirSync(DIGESTS)
    .filter((name) => name.endsWith(".txt"))
    .flatMap((name) => readFileSync(join(DIGESTS, name), "utf8").split("\n"))
    .filter((line) => line.length >= MIN_ABSTRACT_LENGTH)
    .map((line) => line.split(/\s+/u));
}

/**
 * Each document rewrites a real abstract: a third of its words are swapped for words of other abstracts and a few
 * rare made-up terms (Zipf-distributed) are added, so the vocabulary grows with N as it does in a real corpus.
 */
function synthesize(abstracts: readonly string[][], count: number, random: () => number): RelatedInput[] {
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error("nothing to pick from: are there digests in content/digests?");
    return item;
  };
  return Array.from({ length: count }, (_, index) => {
    const words = pick(abstracts).map((word) => (random() < 0.33 ? pick(pick(abstracts)) : word));
    for (let i = 0; i < 6; i++) words.push(`term${Math.floor(1 / (random() + 1e-6) ** 1.1)}`);
    return {
      key: `doc-${String(index).padStart(6, "0")}`,
      title: words.slice(0, 10).join(" "),
      abstract: words.join(" "),
    };
  });
}

/** A tiny seeded generator, so every run times the same corpus. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

main();
