/** The real source samples, copied byte for byte into tests/fixtures/samples (see its SHA256SUMS), as digest inputs. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DigestInput } from "../../../scripts/ingest/digest-file";

export const SAMPLES = path.resolve(import.meta.dirname, "../../fixtures/samples");
export const SOURCE_FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/sources");

/** Sample files of one folder (`hf-api`, `hf-scraped`, `arxiv`) whose names end with `suffix`, sorted. */
export function sampleFiles(folder: string, suffix: string): string[] {
  return readdirSync(path.join(SAMPLES, folder))
    .filter((name) => name.endsWith(suffix))
    .sort();
}

export function sampleText(folder: string, file: string): string {
  return readFileSync(path.join(SAMPLES, folder, file), "utf8");
}

export function sampleInput(folder: string, file: string): DigestInput {
  return { file, bytes: new Uint8Array(readFileSync(path.join(SAMPLES, folder, file))) };
}

export function fixtureInput(file: string): DigestInput {
  return { file, bytes: new Uint8Array(readFileSync(path.join(SOURCE_FIXTURES, file))) };
}

export function textInput(file: string, text: string): DigestInput {
  return { file, bytes: new TextEncoder().encode(text) };
}
