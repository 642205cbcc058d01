/**
 * JSON-LD for paper pages. The JSON goes inside a <script> element, where a title containing `</script>` would
 * end the element early, so every `<` (and the line separators JavaScript rejects) is escaped as `\uXXXX`.
 */
import type { Paper } from "../schema/paper";

export function scholarlyArticle(paper: Paper, url: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: paper.title,
    name: paper.title,
    url,
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
    ...(paper.published ? { datePublished: paper.published } : {}),
    ...(paper.organization ? { sourceOrganization: { "@type": "Organization", name: paper.organization.name } } : {}),
    ...(paper.links.length > 0 ? { sameAs: paper.links.map((link) => link.url) } : {}),
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
