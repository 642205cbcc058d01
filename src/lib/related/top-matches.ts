/** A small bounded "best n" list with a total order, so results never depend on iteration order. */

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
