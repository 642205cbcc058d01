/** Where an XML entry stands: the line of its start tag, or its index when the parser could not say. */
import type { EntryPlace } from "./source-entry";

export function placeOf(element: unknown, index: number, lineOf: (element: unknown) => number | undefined): EntryPlace {
  const line = lineOf(element);
  return line === undefined ? { index } : { line };
}
