/**
 * Serialises a paper page: YAML frontmatter from the `yaml` library, the body from mdast through
 * mdast-util-to-markdown with the MDX extensions, so untrusted text can only ever come out as text.
 */
import type { Paragraph, Root } from "mdast";
import { mdxToMarkdown } from "mdast-util-mdx";
import type { Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { toMarkdown } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import type { Paper } from "../../../src/schema/paper";
import { toPhrasing } from "../3-clean/inline";

/**
 * The MDX serialiser does not escape a line that starts with `import` or `export`, which MDX then runs as
 * ESM. Marking those first letters unsafe at a line start makes the serialiser write a character reference
 * (`&#x69;mport`), which renders the same letter and can never start a statement.
 */
export const escapeEsmAtLineStart: ToMarkdownOptions = {
  unsafe: [
    { character: "i", atBreak: true, after: "mport" },
    { character: "e", atBreak: true, after: "xport" },
  ],
};

const SERIALISER_OPTIONS: ToMarkdownOptions = {
  extensions: [mdxToMarkdown(), escapeEsmAtLineStart],
  bullet: "-",
  emphasis: "_",
  strong: "*",
  fences: true,
  resourceLink: true,
};

/** The abstract's paragraphs (cleaned, with emphasis markers) as an MDX body. */
export function abstractToMdx(paragraphs: readonly string[]): string {
  const children: Paragraph[] = paragraphs
    .map((paragraph) => ({ type: "paragraph" as const, children: toPhrasing(paragraph) }))
    .filter((paragraph) => paragraph.children.length > 0);
  const tree: Root = { type: "root", children };
  return toMarkdown(tree, SERIALISER_OPTIONS);
}

/** Frontmatter keys in schema order, absent fields omitted, so pages are byte-stable. */
export function frontmatterYaml(paper: Paper): string {
  // YAML 1.1 rules make the library quote strings such as `2024-06-04` or `yes` that 1.1 parsers (Astro's) would
  // read as dates or booleans.
  return stringify(paper, {
    version: "1.1",
    lineWidth: 0,
    minContentWidth: 0,
    singleQuote: false,
    sortMapEntries: false,
  });
}

export function renderPage(paper: Paper, paragraphs: readonly string[]): string {
  const body = abstractToMdx(paragraphs);
  return `---\n${frontmatterYaml(paper)}---\n${body === "" ? "" : `\n${body}`}`;
}
