/**
 * What a first query downloads, by kind of Pagefind file: the runtime and its worker, the wasm, each shard's entry
 * and meta files, filter chunks, index chunks and fragments. Tells which part of the index a change made cheaper.
 */
import { basename, dirname } from "node:path";

export const FILE_KINDS = [
  "runtime",
  "worker",
  "wasm",
  "entry",
  "meta",
  "filter",
  "index",
  "fragment",
  "other",
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface KindBytes {
  files: number;
  bytes: number;
}

export function fileKind(file: string): FileKind {
  const name = basename(file);
  const folder = basename(dirname(file));
  if (name === "pagefind.js") return "runtime";
  if (name === "pagefind-worker.js") return "worker";
  if (name.startsWith("wasm.")) return "wasm";
  if (name === "pagefind-entry.json") return "entry";
  if (name.endsWith(".pf_meta")) return "meta";
  if (folder === "filter") return "filter";
  if (folder === "index") return "index";
  if (folder === "fragment") return "fragment";
  return "other";
}

/** Files and bytes per kind, in `FILE_KINDS` order, kinds without files left out. */
export function bytesByKind(files: readonly { file: string; bytes: number }[]): Partial<Record<FileKind, KindBytes>> {
  const totals: Partial<Record<FileKind, KindBytes>> = {};
  for (const kind of FILE_KINDS)
    for (const { file, bytes } of files) {
      if (fileKind(file) !== kind) continue;
      const total = (totals[kind] ??= { files: 0, bytes: 0 });
      total.files += 1;
      total.bytes += bytes;
    }
  return totals;
}
