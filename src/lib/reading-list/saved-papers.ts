/**
 * The reading list's operations, pure: save, remove, mark read, merge an imported list, sort. Each returns a new
 * list and leaves its input as it was, so the browser code only reads, applies one of these and writes.
 */
import type { SavedPaper } from "../../schema/reading-list";
import { compareCodePoints } from "../order";

/** The list with `paper` in it: a paper saved again keeps its place, its first saving day and its read mark. */
export function withPaper(papers: readonly SavedPaper[], paper: SavedPaper): SavedPaper[] {
  const old = papers.find((saved) => saved.slug === paper.slug);
  if (!old) return [...papers, paper];
  return papers.map((saved) => (saved === old ? { ...paper, savedAt: old.savedAt, read: old.read } : saved));
}

export function withoutPaper(papers: readonly SavedPaper[], slug: string): SavedPaper[] {
  return papers.filter((saved) => saved.slug !== slug);
}

export function withReadMark(papers: readonly SavedPaper[], slug: string, read: boolean): SavedPaper[] {
  return papers.map((saved) => (saved.slug === slug ? { ...saved, read } : saved));
}

export interface MergeOutcome {
  papers: SavedPaper[];
  /** Papers the import brought that the list did not have. */
  added: number;
  /** Papers both had whose saving day or read mark the import changed. */
  updated: number;
}

/**
 * An imported list merged into the local one, paper by paper (by slug): new papers are appended in the import's
 * order; a paper in both keeps the local copy's details, gains any detail only the import has, keeps the earlier
 * saving day, and is read when either copy says so. Nothing local is removed: an import only ever adds.
 */
export function mergeLists(local: readonly SavedPaper[], incoming: readonly SavedPaper[]): MergeOutcome {
  const bySlug = new Map(local.map((paper) => [paper.slug, paper]));
  const appended: SavedPaper[] = [];
  let updated = 0;
  for (const paper of incoming) {
    const mine = bySlug.get(paper.slug);
    if (!mine) {
      if (!appended.some((other) => other.slug === paper.slug)) appended.push(paper);
      continue;
    }
    const savedAt = compareCodePoints(paper.savedAt, mine.savedAt) < 0 ? paper.savedAt : mine.savedAt;
    const merged: SavedPaper = { ...paper, ...mine, savedAt, read: mine.read || paper.read };
    if (merged.savedAt !== mine.savedAt || merged.read !== mine.read) updated++;
    bySlug.set(paper.slug, merged);
  }
  return {
    papers: [...local.map((paper) => bySlug.get(paper.slug) ?? paper), ...appended],
    added: appended.length,
    updated,
  };
}

export type SavedOrder = "saved-newest" | "saved-oldest" | "published-newest";

/** Newest saved first, oldest saved first, or by the paper's date, newest first (undated last); ties by title. */
export function sortSaved(papers: readonly SavedPaper[], order: SavedOrder): SavedPaper[] {
  const byTitle = (a: SavedPaper, b: SavedPaper): number =>
    compareCodePoints(a.title, b.title) || compareCodePoints(a.slug, b.slug);
  const compare = (a: SavedPaper, b: SavedPaper): number => {
    if (order === "saved-oldest") return compareCodePoints(a.savedAt, b.savedAt);
    if (order === "saved-newest") return compareCodePoints(b.savedAt, a.savedAt);
    if (a.published === undefined || b.published === undefined)
      return Number(a.published === undefined) - Number(b.published === undefined);
    return compareCodePoints(b.published, a.published);
  };
  return [...papers].sort((a, b) => compare(a, b) || byTitle(a, b));
}
