/**
 * The floor: the same digests read with a plain reader and written as one HTML page per paper with a template
 * string, no framework. Every pipeline stage is quoted as a ratio to this, because ratios survive noisy machines.
 * Usage: tsx scripts/bench/floor.ts DIGESTS_DIR OUT_DIR; prints {"pages":N,"ms":T} (time without process start).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareCodePoints } from "../../src/lib/order";
import { titleKey } from "./corpus/paper";
import { readDigest, type ReadEntry } from "./corpus/read-digest";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

function slugFor(title: string, taken: Set<string>): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "paper";
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

function renderPage(entry: ReadEntry, digests: string[]): string {
  const title = escapeHtml(entry.title);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${escapeHtml(entry.abstract)}</p><p>Listed in ${digests.map(escapeHtml).join(", ")}</p></main></body></html>`;
}

function main(digestsDir: string, outDir: string): void {
  const started = performance.now();
  const papers = new Map<string, { entry: ReadEntry; digests: string[] }>();
  for (const name of readdirSync(digestsDir)
    .filter((file) => file.endsWith(".txt"))
    .sort(compareCodePoints)) {
    for (const entry of readDigest(readFileSync(join(digestsDir, name), "utf8")).entries) {
      const key = `${titleKey(entry.title)}\u0000${entry.abstract}`;
      const paper = papers.get(key);
      if (paper) paper.digests.push(name);
      else papers.set(key, { entry, digests: [name] });
    }
  }
  const slugs = new Set<string>();
  for (const { entry, digests } of papers.values()) {
    const dir = join(outDir, "papers", slugFor(entry.title, slugs));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), renderPage(entry, digests));
  }
  process.stdout.write(`${JSON.stringify({ pages: papers.size, ms: performance.now() - started })}\n`);
}

const [digestsDir, outDir] = process.argv.slice(2);
if (digestsDir === undefined || outDir === undefined) {
  process.stderr.write("usage: floor.ts DIGESTS_DIR OUT_DIR\n");
  process.exit(2);
}
main(digestsDir, outDir);
