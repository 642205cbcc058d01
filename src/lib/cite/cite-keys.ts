/**
 * BibTeX keys readers can type and remember: the first word of the title and the year (`flashfftconv2023`). Papers
 * that would share a key get letter suffixes in arrival order (`attention2024`, `attention2024a`, …), so a paper
 * that was there first keeps its key when later digests bring namesakes.
 */
import type { Paper } from "../../schema/paper";
import { dayParts } from "../format";

/** Leading articles say nothing about the paper (`a2021` is no key anyone would recognise). */
const ARTICLES = new Set(["a", "an", "the"]);

/** ASCII letters and digits of one title word: accents folded, punctuation dropped (`MoE++` → `moe`). */
function keyWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** `flashfftconv2023`; `nd` stands for the year when the listing gave no date. */
export function citeKeyBase(paper: Pick<Paper, "title" | "published">): string {
  const words = paper.title.split(/\s+/).map(keyWord).filter(Boolean);
  const word = words.find((candidate) => /[a-z]/.test(candidate) && !ARTICLES.has(candidate)) ?? words[0] ?? "paper";
  const year = paper.published ? String(dayParts(paper.published).year) : "nd";
  return `${word}${year}`;
}

/** `a`, `b`, …, `z`, `aa`, `ab`, …: the n-th suffix (0-based), as bibliographies number same-year works. */
function letterSuffix(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : `${letterSuffix(Math.floor(n / 26) - 1)}${letter}`;
}

/** Keys by slug for `papers` given oldest arrival first; every key is unique. */
export function assignCiteKeys(papers: readonly Pick<Paper, "slug" | "title" | "published">[]): Map<string, string> {
  const taken = new Set<string>();
  const suffixesUsed = new Map<string, number>();
  const keys = new Map<string, string>();
  for (const paper of papers) {
    const base = citeKeyBase(paper);
    let key = base;
    while (taken.has(key)) {
      const n = suffixesUsed.get(base) ?? 0;
      suffixesUsed.set(base, n + 1);
      key = `${base}${letterSuffix(n)}`;
    }
    taken.add(key);
    keys.set(paper.slug, key);
  }
  return keys;
}
