/** A one-line teaser of an abstract for listings: the first sentence, clipped at a word boundary. */

export function excerpt(abstract: string, maxLength = 200): string {
  const flat = abstract.replace(/\s+/g, " ").trim();
  const firstSentence = /^(.+?[.!?])(?:\s|$)/.exec(flat)?.[1] ?? flat;
  if (firstSentence.length <= maxLength) return firstSentence;
  const clipped = firstSentence.slice(0, maxLength);
  return `${clipped.slice(0, clipped.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}
