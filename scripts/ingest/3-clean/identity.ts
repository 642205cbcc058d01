/** What makes two digest entries the same paper: title up to case, punctuation and spacing, and the same cleaned abstract. */
import { createHash } from "node:crypto";
import { collapseWhitespace } from "../1-read/whitespace";

/** Letters and digits only, accents removed, lowercased: `MoE++: Fast!` and `moe fast` share a key. */
export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function abstractKey(abstract: string): string {
  return collapseWhitespace(abstract);
}

/** 16 hex digits of SHA-256: stable across runs, machines and digest order. */
export function paperId(title: string, abstract: string): string {
  return paperIdFromTitleKey(titleKey(title), abstract);
}

/** `paperId` for a caller that already holds the title's key. */
export function paperIdFromTitleKey(key: string, abstract: string): string {
  return createHash("sha256")
    .update(`${key}\u0000${abstractKey(abstract)}`)
    .digest("hex")
    .slice(0, 16);
}

/** A paper with an arXiv ID is known by it: a corrected abstract or another source's wording keeps its identity. */
export function paperIdFromArxivId(arxivId: string): string {
  return createHash("sha256").update(`arxiv:${arxivId}`).digest("hex").slice(0, 16);
}
