/**
 * The MDX body of paragraphs of plain prose and addresses, written without running the markdown serialiser over
 * the prose: text in which no character can start markdown, MDX or ESM syntax is its own escaped form, so the
 * serialiser would write it unchanged. Links with an address of such characters are written as it would write
 * them; other links are still written by the serialiser, one at a time. Anything else
 * (emphasis, a character the serialiser might escape) returns `undefined`, and the serialiser writes the body.
 *
 * The test is deliberately narrower than the serialiser's own rules. Inside a line it refuses every character
 * that has an escaping rule in phrasing: backslash, `&`, `*`, `_`, `` ` ``, `<`, `[`, `]`, `{`, `}` and control
 * characters. At the start of a paragraph, where block syntax and ESM begin, only a letter, a digit that does not
 * open a list item (`1.`, `1)`), a quote or `(` is let through, and never `import` or `export`. A paragraph does
 * not end with a space, and text right before a link does not end with `!` (which would make it an image).
 */
import type { Link, Paragraph, PhrasingContent } from "mdast";

const ESCAPED_IN_TEXT = /[\p{Cc}\\&*_`<[\]{}\uE000-\uE003]/u;
const PLAIN_START = /^(?!import|export|\d+[.)])[\p{L}\p{N}"'(]/u;

/** Whether the serialiser writes this text node as it is, given what stands around it. */
function isPlainText(value: string, first: boolean, next: PhrasingContent | undefined): boolean {
  if (value === "" || ESCAPED_IN_TEXT.test(value)) return false;
  if (first && !PLAIN_START.test(value)) return false;
  if (next === undefined) return !value.endsWith(" ");
  return !(next.type === "link" && value.endsWith("!"));
}

/**
 * A link as the ingest makes it (its address as its only text, no title) whose serialisation cannot depend on
 * what precedes it: the serialiser only looks back for a `]` in the label, which such an address does not have.
 */
const isBareLink = (node: Link): boolean =>
  node.title == null &&
  !node.url.includes("]") &&
  node.children.length === 1 &&
  node.children[0]?.type === "text" &&
  node.children[0].value === node.url;

/**
 * An address of letters, digits and `.~:/?#=+%-` only: none of them has an escaping rule in a link's label or
 * destination, so the serialiser writes the link as `[url](url)`.
 */
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9.~:/?#=+%-]+$/;

function plainParagraph(paragraph: Paragraph, writeLink: (link: Link) => string): string | undefined {
  let written = "";
  const { children } = paragraph;
  for (const [index, node] of children.entries()) {
    if (node.type === "text" && isPlainText(node.value, index === 0, children[index + 1])) written += node.value;
    else if (node.type === "link" && isBareLink(node))
      written += PLAIN_URL.test(node.url) ? `[${node.url}](${node.url})` : writeLink(node);
    else return undefined;
  }
  return written;
}

/** `toMarkdown` of a root holding these paragraphs, when each is plain; otherwise undefined. */
export function plainParagraphsMarkdown(
  paragraphs: readonly Paragraph[],
  writeLink: (link: Link) => string,
): string | undefined {
  if (paragraphs.length === 0) return undefined;
  const written: string[] = [];
  for (const paragraph of paragraphs) {
    const markdown = plainParagraph(paragraph, writeLink);
    if (markdown === undefined) return undefined;
    written.push(markdown);
  }
  return `${written.join("\n\n")}\n`;
}
