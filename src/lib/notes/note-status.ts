/**
 * Where the owner is with a paper, in reading order, and how each status reads on pages and in the search filter.
 * Kept apart from the note schema so browser code can name a status without bundling zod.
 */
export const NOTE_STATUSES = ["to-read", "reading", "read"] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

export const NOTE_STATUS_LABELS: Readonly<Record<NoteStatus, string>> = {
  "to-read": "To read",
  reading: "Reading",
  read: "Read",
};
