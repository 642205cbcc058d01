/**
 * Splits a digest into blocks of consecutive non-blank lines with remark-parse. Every markdown construct but
 * the paragraph is switched off: digests are plain text, and a title like `# 1` or an abstract opening with
 * ``` must neither change the block structure nor swallow the entries after it.
 */
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";

export interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  /** The block's raw lines, trimmed at both ends. */
  lines: string[];
}

const plainTextOnly = {
  disable: {
    null: [
      "attention",
      "autolink",
      "blockQuote",
      "characterEscape",
      "characterReference",
      "codeFenced",
      "codeIndented",
      "codeText",
      "definition",
      "hardBreakEscape",
      "hardBreakTrailing",
      "headingAtx",
      "htmlFlow",
      "htmlText",
      "labelStartImage",
      "labelStartLink",
      "labelEnd",
      "list",
      "setextUnderline",
      "thematicBreak",
    ],
  },
};

const parser = unified().use(remarkParse).data("micromarkExtensions", [plainTextOnly]).freeze();

/**
 * With every construct but the paragraph off, block boundaries depend only on which lines are blank, so the
 * parser reads a skeleton (one letter per non-blank line): the same positions at a cost proportional to the
 * number of lines rather than bytes, which keeps the ingest fast on large corpora.
 */
function skeleton(lines: readonly string[]): string {
  return lines.map((line) => (line.trim() === "" ? "" : "x")).join("\n");
}

export function splitBlocks(text: string): Block[] {
  const sourceLines = text.split("\n");
  const tree: Root = parser.parse(skeleton(sourceLines));
  const blocks: Block[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined) continue;
    const lines = sourceLines.slice(start - 1, end).map((line) => line.trim());
    blocks.push({ line: start, lines });
  }
  return blocks;
}
