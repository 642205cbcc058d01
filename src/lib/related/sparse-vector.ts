/** Sparse vectors as parallel typed arrays sorted by term id: compact, and cheap to scatter or merge. */

export interface SparseVector {
  /** Term ids, strictly increasing. */
  terms: Int32Array;
  /** Weight of each term; unit length after `normalize`. */
  weights: Float64Array;
}

/** Scales to unit length in place, so a dot product of two vectors is their cosine. */
export function normalize(vector: SparseVector): SparseVector {
  let squares = 0;
  for (const weight of vector.weights) squares += weight * weight;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let i = 0; i < vector.weights.length; i++) vector.weights[i] = (vector.weights[i] ?? 0) / norm;
  return vector;
}

/** One more than the largest term id used by any vector: the length of a dense array indexed by term. */
export function vocabularySize(vectors: readonly SparseVector[]): number {
  let size = 0;
  for (const { terms } of vectors) size = Math.max(size, (terms.at(-1) ?? -1) + 1);
  return size;
}
