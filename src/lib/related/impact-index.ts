/**
 * An inverted index that only lists each document under its strongest terms, and each term with its strongest
 * documents. Both caps bound the work per document, so finding candidates stays near-linear in the corpus size
 * instead of comparing all pairs.
 */
import { vocabularySize, type SparseVector } from "./sparse-vector";
import { topIndices } from "./top";

export interface ImpactIndexOptions {
  /** How many of its highest-weighted terms each document is indexed under. */
  termsPerDocument: number;
  /** How many documents a term's postings keep (the ones where the term weighs most). */
  postingsPerTerm: number;
}

/** Postings of one term: document indices and the term's weight in each, heaviest first. */
export interface Postings {
  documents: Int32Array;
  weights: Float64Array;
}

export interface ImpactIndex {
  /** For each document, the positions (into its vector) of the terms it was indexed under, heaviest first. */
  indexedTerms: Int32Array[];
  postings: Map<number, Postings>;
}

export function buildImpactIndex(vectors: readonly SparseVector[], options: ImpactIndexOptions): ImpactIndex {
  const indexedTerms = vectors.map((vector) => strongestPositions(vector, options.termsPerDocument));
  const entries = flatEntries(vectors, indexedTerms);
  const postings = new Map<number, Postings>();
  for (let term = 0; term < entries.offsets.length - 1; term++) {
    const start = entries.offsets[term] ?? 0;
    const end = entries.offsets[term + 1] ?? 0;
    // A term listed under one document cannot connect it to any other.
    if (end - start < 2) continue;
    postings.set(term, heaviest(entries, start, end, options.postingsPerTerm));
  }
  return { indexedTerms, postings };
}

/** Every (term, document, weight) entry, grouped by term in flat typed arrays: millions of them at scale. */
interface FlatEntries {
  /** Entries of term t are at [offsets[t], offsets[t + 1]). */
  offsets: Int32Array;
  documents: Int32Array;
  weights: Float64Array;
}

function flatEntries(vectors: readonly SparseVector[], indexedTerms: readonly Int32Array[]): FlatEntries {
  const vocabulary = vocabularySize(vectors);
  const offsets = new Int32Array(vocabulary + 1);
  vectors.forEach((vector, document) => {
    for (const position of indexedTerms[document] ?? []) {
      const term = vector.terms[position] ?? 0;
      offsets[term + 1] = (offsets[term + 1] ?? 0) + 1;
    }
  });
  for (let term = 0; term < vocabulary; term++) offsets[term + 1] = (offsets[term + 1] ?? 0) + (offsets[term] ?? 0);
  const next = offsets.slice(0, vocabulary);
  const total = offsets[vocabulary] ?? 0;
  const documents = new Int32Array(total);
  const weights = new Float64Array(total);
  vectors.forEach((vector, document) => {
    for (const position of indexedTerms[document] ?? []) {
      const term = vector.terms[position] ?? 0;
      const slot = next[term] ?? 0;
      next[term] = slot + 1;
      documents[slot] = document;
      weights[slot] = vector.weights[position] ?? 0;
    }
  });
  return { offsets, documents, weights };
}

/**
 * The `limit` heaviest entries of one term, heaviest first. Entries of a term are in document order, so equal
 * weights keep the lower document index.
 */
function heaviest(entries: FlatEntries, start: number, end: number, limit: number): Postings {
  const kept = topIndices(entries.weights, start, end, limit);
  return {
    documents: Int32Array.from(kept, (slot) => entries.documents[slot] ?? 0),
    weights: Float64Array.from(kept, (slot) => entries.weights[slot] ?? 0),
  };
}

/** Positions of the `count` heaviest terms of a vector, heaviest first; equal weights keep the lower term id. */
function strongestPositions(vector: SparseVector, count: number): Int32Array {
  return topIndices(vector.weights, 0, vector.weights.length, count);
}
