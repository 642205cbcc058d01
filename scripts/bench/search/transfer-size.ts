/**
 * Bytes a browser would download for a file from a host that gzips text (as GitHub Pages does). Pagefind's own
 * index, fragment and wasm files are already gzip-compressed, so they count as stored.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { gzipSync } from "node:zlib";

const COMPRESSED_BY_HOST = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".xml"]);

export function transferBytes(file: string): number {
  const content = readFileSync(file);
  return COMPRESSED_BY_HOST.has(extname(file)) ? gzipSync(content, { level: 6 }).length : content.length;
}
