/**
 * The names that mark a stored or exported reading list, apart from its schema so that the small page module,
 * which writes the list, never bundles zod.
 */
export const READING_LIST_FORMAT = "lectern-reading-list";
export const READING_LIST_VERSION = 1;
