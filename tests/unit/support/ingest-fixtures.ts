/** Loads an ingest fixture folder and runs the pure pipeline on it. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { IngestResult } from "../../../scripts/ingest/pipeline";
import { runIngest } from "../../../scripts/ingest/pipeline";

export const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/ingest");

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES).sort();
}

export function runFixture(name: string): IngestResult {
  const folder = path.join(FIXTURES, name, "digests");
  const inputs = readdirSync(folder)
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(folder, file))) }));
  return runIngest(inputs);
}

/** Splits a page into its YAML frontmatter and MDX body. */
export function splitPage(content: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n\n?([\s\S]*)$/.exec(content);
  if (!match) throw new Error("page has no frontmatter");
  return { yaml: match[1] ?? "", body: match[2] ?? "" };
}
