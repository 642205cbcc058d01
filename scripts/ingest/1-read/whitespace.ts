/** Collapses runs of whitespace to single spaces and trims, without a rewriting pass over text that needs none. */

/** Any whitespace character but the plain space. */
const ODD_WHITESPACE = /[^\S ]/;

/**
 * Same result as `text.replace(/\s+/g, " ").trim()`. Most scraped text already has single spaces only, and these
 * tests are several times cheaper than a replace that matches every space of a long abstract.
 */
export function collapseWhitespace(text: string): string {
  const collapsed = !text.includes("  ") && !text.startsWith(" ") && !text.endsWith(" ") && !ODD_WHITESPACE.test(text);
  return collapsed ? text : text.replace(/\s+/g, " ").trim();
}
