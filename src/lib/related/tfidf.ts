/**
 * TF-IDF vectors over title and abstract. Title terms count several times, terms found in a large share of the
 * corpus are dropped (they cost the most in the index and say the least), and term ids follow first appearance.
 */
import { normalize, type SparseVector } from "./sparse-vector";
import { tokenize } from "./tokenize";

export interface TfIdfDocument {
  title: string;
  abstract: string;
}

export interface TfIdfOptions {
  /** How many abstract occurrences one title occurrence is worth. */
  titleWeight: number;
  /** Terms present in more than this share of documents are ignored. */
  maxDocumentShare: number;
}

export function tfIdfVectors(documents: readonly TfIdfDocument[], options: TfIdfOptions): SparseVector[] {
  const termIds = new Map<string, number>();
  const counts = documents.map((document) => termCounts(document, options.titleWeight, termIds));
  const documentFrequency = new Int32Array(termIds.size);
  for (const documentCounts of counts) for (const term of documentCounts.keys()) documentFrequency[term]!++;
  const maxFrequency = Math.max(2, Math.floor(options.maxDocumentShare * documents.length));
  return counts.map((documentCounts) => weigh(documentCounts, documentFrequency, maxFrequency, documents.length));
}

/** Term id → weighted count for one document, growing the shared vocabulary as new terms appear. */
function termCounts(document: TfIdfDocument, titleWeight: number, termIds: Map<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (terms: readonly string[], weight: number): void => {
    for (const term of terms) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      counts.set(id, (counts.get(id) ?? 0) + weight);
    }
  };
  add(tokenize(document.title), titleWeight);
  add(tokenize(document.abstract), 1);
  return counts;
}

/** Sublinear term frequency times inverse document frequency, unit length. */
function weigh(
  counts: ReadonlyMap<number, number>,
  documentFrequency: Int32Array,
  maxFrequency: number,
  documentCount: number,
): SparseVector {
  const kept = [...counts].filter(([term]) => documentFrequency[term]! <= maxFrequency).sort((a, b) => a[0] - b[0]);
  const terms = Int32Array.from(kept, ([term]) => term);
  const weights = Float64Array.from(
    kept,
    ([term, count]) => (1 + Math.log(count)) * Math.log(documentCount / documentFrequency[term]!),
  );
  return normalize({ terms, weights });
}
