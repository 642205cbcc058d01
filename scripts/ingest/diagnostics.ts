/** Problems found while reading digests: collected as values, reported together, never thrown. */

/** Where a problem is: a digest file and, when known, a 1-based line or a byte offset. */
export interface Place {
  file: string;
  line?: number;
  offset?: number;
}

export interface Warning extends Place {
  message: string;
}

/** An entry that was read but not published, with the reason. */
export interface Reject extends Place {
  reason: string;
  title?: string;
}

export function formatPlace(place: Place): string {
  if (place.line !== undefined) return `${place.file}:${place.line}`;
  if (place.offset !== undefined) return `${place.file}@byte ${place.offset}`;
  return place.file;
}
