/**
 * Selecting the best few of many without a full sort: a bounded "best n" list of matches with a total order (so
 * results never depend on iteration order), and partial selection of the largest weights for the index.
 */

export interface Match {
  index: number;
  score: number;
}

/**
 * Inserts `candidate` into `best` (kept sorted: higher score first, equal scores by smaller index) and trims it
 * to `limit`. Called in the innermost loop, hence no closures and an early exit for the common rejection.
 */
export function keepBest(best: Match[], candidate: Match, limit: number): void {
  const last = best[best.length - 1];
  if (best.length === limit && last !== undefined && !ranksBefore(candidate, last)) return;
  let position = best.length;
  for (let previous = best[position - 1]; previous && ranksBefore(candidate, previous); previous = best[position - 1]) {
    position--;
  }
  best.splice(position, 0, candidate);
  if (best.length > limit) best.pop();
}

function ranksBefore(a: Match, b: Match): boolean {
  return a.score > b.score || (a.score === b.score && a.index < b.index);
}

/**
 * Indices in [from, to) of the `count` largest values, largest first; equal values keep the earlier index.
 * Insertion into a short list with early rejection: most values never enter it.
 */
export function topIndices(values: Float64Array, from: number, to: number, count: number): Int32Array {
  const best = new Int32Array(Math.max(0, Math.min(count, to - from)));
  let size = 0;
  for (let index = from; index < to; index++) {
    const value = values[index] ?? 0;
    if (size === best.length && value <= (values[best[size - 1] ?? 0] ?? 0)) continue;
    let slot = size < best.length ? size++ : size - 1;
    while (slot > 0 && value > (values[best[slot - 1] ?? 0] ?? 0)) {
      best[slot] = best[slot - 1] ?? 0;
      slot--;
    }
    best[slot] = index;
  }
  return best;
}
