/**
 * Serialises a paper page: YAML frontmatter from the `yaml` library, the body from mdast through
 * mdast-util-to-markdown with the MDX extensions, so untrusted text can only ever come out as text. Plain data and
 * plain prose, which those serialisers would write unchanged, skip them (`yaml-fast-path.ts`,
 * `plain-paragraphs.ts`): the same bytes, at a fraction of the cost.
 */
import type { Link, Paragraph, Root } from "mdast";
import { mdxToMarkdown } from "mdast-util-mdx";
import type { Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { toMarkdown } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import type { Paper } from "../../../src/schema/paper";
import { toPhrasing } from "../3-clean/inline";
import { plainParagraphsMarkdown } from "./plain-paragraphs";
import { plainDataYaml } from "./yaml-fast-path";

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

/** The tree of an abstract: paragraphs only. */
interface AbstractTree extends Root {
  children: Paragraph[];
}

function abstractTree(paragraphs: readonly string[]): AbstractTree {
  const children: Paragraph[] = paragraphs
    .map((paragraph) => ({ type: "paragraph" as const, children: toPhrasing(paragraph) }))
    .filter((paragraph) => paragraph.children.length > 0);
  return { type: "root", children };
}

/** The abstract's paragraphs (cleaned, with emphasis markers) as an MDX body. */
export function abstractToMdx(paragraphs: readonly string[]): string {
  const tree = abstractTree(paragraphs);
  return plainParagraphsMarkdown(tree.children, writeLink) ?? toMarkdown(tree, SERIALISER_OPTIONS);
}

/** The body as the serialiser alone writes it, every paragraph through it: what `abstractToMdx` gives. */
export function serialisedAbstract(paragraphs: readonly string[]): string {
  return toMarkdown(abstractTree(paragraphs), SERIALISER_OPTIONS);
}

/** One link as the serialiser writes it inside a paragraph. */
function writeLink(link: Link): string {
  return toMarkdown({ type: "paragraph", children: [link] }, SERIALISER_OPTIONS).slice(0, -1);
}

/**
 * YAML 1.1 rules make the library quote strings such as `2024-06-04` or `yes` that 1.1 parsers (Astro's) would
 * read as dates or booleans. `plainDataYaml` writes the same bytes for these options.
 */
export const FRONTMATTER_OPTIONS = {
  version: "1.1",
  lineWidth: 0,
  minContentWidth: 0,
  singleQuote: false,
  sortMapEntries: false,
} as const;

/** Frontmatter keys in schema order, absent fields omitted, so pages are byte-stable. */
export function frontmatterYaml(paper: Paper): string {
  return plainDataYaml(paper) ?? stringify(paper, FRONTMATTER_OPTIONS);
}

export function renderPage(paper: Paper, paragraphs: readonly string[]): string {
  const body = abstractToMdx(paragraphs);
  return `---\n${frontmatterYaml(paper)}---\n${body === "" ? "" : `\n${body}`}`;
}
