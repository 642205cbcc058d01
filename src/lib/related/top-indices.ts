/** Partial selection for the index: only a few of many weights are ever wanted, so no full sort. */

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
