/** Sparse vectors as parallel typed arrays sorted by term id, so a dot product is one linear merge. */

export interface SparseVector {
  /** Term ids, strictly increasing. */
  terms: Int32Array;
  /** Weight of each term; unit length after `normalize`. */
  weights: Float64Array;
}

export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const termA = a.terms[i]!;
    const termB = b.terms[j]!;
    if (termA === termB) sum += a.weights[i++]! * b.weights[j++]!;
    else if (termA < termB) i++;
    else j++;
  }
  return sum;
}

/** Scales to unit length in place, so a dot product of two vectors is their cosine. */
export function normalize(vector: SparseVector): SparseVector {
  let squares = 0;
  for (const weight of vector.weights) squares += weight * weight;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let i = 0; i < vector.weights.length; i++) vector.weights[i] = vector.weights[i]! / norm;
  return vector;
}
