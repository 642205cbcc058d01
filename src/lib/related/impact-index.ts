/**
 * An inverted index that only lists each document under its strongest terms, and each term with its strongest
 * documents. Both caps bound the work per document, so finding candidates stays near-linear in the corpus size
 * instead of comparing all pairs.
 */
import type { SparseVector } from "./sparse-vector";

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
  /** For each document, the positions (into its vector) of the terms it was indexed under. */
  indexedTerms: Int32Array[];
  postings: Map<number, Postings>;
}

export function buildImpactIndex(vectors: readonly SparseVector[], options: ImpactIndexOptions): ImpactIndex {
  const indexedTerms = vectors.map((vector) => strongestPositions(vector, options.termsPerDocument));
  const entries = new Map<number, { document: number; weight: number }[]>();
  vectors.forEach((vector, document) => {
    for (const position of indexedTerms[document]!) {
      const term = vector.terms[position]!;
      const list = entries.get(term) ?? [];
      if (list.length === 0) entries.set(term, list);
      list.push({ document, weight: vector.weights[position]! });
    }
  });
  const postings = new Map<number, Postings>();
  for (const [term, list] of entries) {
    // A term listed under one document cannot connect it to any other.
    if (list.length < 2) continue;
    list.sort((a, b) => b.weight - a.weight || a.document - b.document);
    const kept = list.slice(0, options.postingsPerTerm);
    postings.set(term, {
      documents: Int32Array.from(kept, (entry) => entry.document),
      weights: Float64Array.from(kept, (entry) => entry.weight),
    });
  }
  return { indexedTerms, postings };
}

/** Positions of the `count` heaviest terms of a vector; equal weights keep the lower term id. */
function strongestPositions(vector: SparseVector, count: number): Int32Array {
  const positions = Array.from(vector.terms.keys());
  positions.sort((a, b) => vector.weights[b]! - vector.weights[a]! || a - b);
  return Int32Array.from(positions.slice(0, count));
}
