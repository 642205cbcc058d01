/**
 * JSON-LD for paper pages: what a search engine cannot read off the page itself (the type, headline, publication date and
 * organisation; the canonical link gives the URL). The abstract is on the page already and its code links are not the article,
 * so neither is repeated here. The JSON goes inside a <script> element, where a title containing `</script>` would
 * end the element early, so every `<` (and the line separators JavaScript rejects) is escaped as `\uXXXX`.
 */
import type { Paper } from "../schema/paper";

export function scholarlyArticle(paper: Paper): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: paper.title,
    ...(paper.published ? { datePublished: paper.published } : {}),
    ...(paper.organization ? { sourceOrganization: { "@type": "Organization", name: paper.organization.name } } : {}),
  };
}

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
