/**
 * What Pagefind indexes for one paper, built from the paper's data rather than read back from its rendered page, so
 * the index can be built in parallel with the site (see `src/integrations/pagefind.ts`).
 *
 * Contract shared with the search page: the text is the title (weight 10) and the abstract; meta `title`, `date`,
 * `organisation`, `authors`, `upvotes`; filters `topic` (one per topic), `year`, `organisation`, `has-code`,
 * `digest`; sort keys `date` (YYYYMMDD) and `upvotes`, numeric and present on every paper. Values are element text
 * rather than `key:value` attributes, so commas or colons in names cannot split them, and every value is escaped.
 */
import type { Paper } from "../../schema/paper";
import { escapeXml } from "../charts/escape-xml";

export interface SearchDocumentInput {
  data: Paper;
  /** Display names of the paper's topics, most relevant first. */
  topicNames: readonly string[];
}

export interface SearchDocument {
  /** Where the paper page is written, relative to the output folder: Pagefind derives the result URL from it. */
  sourcePath: string;
  html: string;
}

/** The paper pages Pagefind indexes, relative to the output folder. */
export function paperSourcePath(slug: string): string {
  return `papers/${slug}/index.html`;
}

const span = (attribute: "meta" | "filter" | "sort", name: string, value: string): string =>
  `<span data-pagefind-${attribute}="${name}">${escapeXml(value)}</span>`;

export function searchDocument({ data, topicNames }: SearchDocumentInput): SearchDocument {
  const upvotes = String(data.upvotes ?? 0);
  // Pagefind sorts numerically only when every value is a number, so undated papers sort as 0 (last when newest first).
  const dateSortKey = data.published?.replaceAll("-", "") ?? "0";
  const organisation = data.organization?.name;
  const facets = [
    span("meta", "title", data.title),
    span("meta", "upvotes", upvotes),
    span("sort", "upvotes", upvotes),
    ...(data.published
      ? [span("meta", "date", data.published), span("filter", "year", data.published.slice(0, 4))]
      : []),
    span("sort", "date", dateSortKey),
    ...(data.authorsCount ? [span("meta", "authors", String(data.authorsCount))] : []),
    ...(organisation ? [span("meta", "organisation", organisation), span("filter", "organisation", organisation)] : []),
    ...topicNames.map((name) => span("filter", "topic", name)),
    span("filter", "has-code", data.links.some((link) => link.kind === "code") ? "yes" : "no"),
    ...[...new Set(data.appearances.map((appearance) => appearance.digest))].map((id) => span("filter", "digest", id)),
  ];
  const abstract = data.abstract ? `<p>${escapeXml(data.abstract)}</p>` : "";
  return {
    sourcePath: paperSourcePath(data.slug),
    html:
      `<!doctype html><html lang="en"><head><title>${escapeXml(data.title)}</title></head><body>` +
      `<article data-pagefind-body><div hidden data-pagefind-ignore>${facets.join("")}</div>` +
      `<h1 data-pagefind-weight="10">${escapeXml(data.title)}</h1>${abstract}</article></body></html>`,
  };
}
