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
  /** For each document, the positions (into its vector) of the terms it was indexed under, heaviest first. */
  indexedTerms: Int32Array[];
  postings: Map<number, Postings>;
}

export function buildImpactIndex(vectors: readonly SparseVector[], options: ImpactIndexOptions): ImpactIndex {
  const indexedTerms = vectors.map((vector) => strongestPositions(vector, options.termsPerDocument));
  const entries = flatEntries(vectors, indexedTerms);
  const postings = new Map<number, Postings>();
  for (let term = 0; term < entries.offsets.length - 1; term++) {
    const start = entries.offsets[term]!;
    const end = entries.offsets[term + 1]!;
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
  let vocabulary = 0;
  for (const vector of vectors) if (vector.terms.length > 0) vocabulary = Math.max(vocabulary, vector.terms.at(-1)! + 1);
  const offsets = new Int32Array(vocabulary + 1);
  vectors.forEach((vector, document) => {
    for (const position of indexedTerms[document]!) offsets[vector.terms[position]! + 1]!++;
  });
  for (let term = 0; term < vocabulary; term++) offsets[term + 1]! += offsets[term]!;
  const next = offsets.slice(0, vocabulary);
  const documents = new Int32Array(offsets[vocabulary]!);
  const weights = new Float64Array(offsets[vocabulary]!);
  vectors.forEach((vector, document) => {
    for (const position of indexedTerms[document]!) {
      const slot = next[vector.terms[position]!]!++;
      documents[slot] = document;
      weights[slot] = vector.weights[position]!;
    }
  });
  return { offsets, documents, weights };
}

/** The `limit` heaviest entries of one term, heaviest first; equal weights keep the lower document index. */
function heaviest(entries: FlatEntries, start: number, end: number, limit: number): Postings {
  const slots = Array.from({ length: end - start }, (_, i) => start + i);
  slots.sort((a, b) => entries.weights[b]! - entries.weights[a]! || entries.documents[a]! - entries.documents[b]!);
  const kept = slots.slice(0, limit);
  return {
    documents: Int32Array.from(kept, (slot) => entries.documents[slot]!),
    weights: Float64Array.from(kept, (slot) => entries.weights[slot]!),
  };
}

/**
 * Positions of the `count` heaviest terms of a vector, heaviest first; equal weights keep the lower term id.
 * Insertion into a short list rather than sorting the whole vector: this runs once per document.
 */
function strongestPositions(vector: SparseVector, count: number): Int32Array {
  const best = new Int32Array(Math.min(count, vector.terms.length));
  let size = 0;
  for (let position = 0; position < vector.terms.length; position++) {
    const weight = vector.weights[position]!;
    // Positions arrive in term-id order, so on equal weight the earlier one (lower id) stays ahead.
    if (size === best.length && weight <= vector.weights[best[size - 1]!]!) continue;
    let slot = size < best.length ? size++ : size - 1;
    while (slot > 0 && weight > vector.weights[best[slot - 1]!]!) {
      best[slot] = best[slot - 1]!;
      slot--;
    }
    best[slot] = position;
  }
  return best;
}
