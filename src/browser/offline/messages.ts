/** Messages between the search page and the service worker about saving paper pages for offline reading. */

export type ToWorker = { type: "offline-status" } | { type: "save-papers" };

/** Sent in reply to either message, then after each batch while saving. */
export interface SaveProgress {
  type: "save-progress";
  saved: number;
  total: number;
  /** Present when saving stopped because a page could not be fetched. */
  error?: string;
}
