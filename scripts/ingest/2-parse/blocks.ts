/**
 * Splits a digest into blocks of consecutive non-blank lines. Digests are plain text: a title like `# 1` or an
 * abstract opening with ``` is a line like any other and can neither change the block structure nor swallow the
 * entries after it, so only which lines are blank decides where a block ends. That is the whole rule, so no
 * markdown parser is asked: one with every construct but the paragraph switched off gives the same blocks, at
 * several times the cost of the rest of parsing.
 */

export interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  /** The block's raw lines, trimmed at both ends. */
  lines: string[];
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") current = undefined;
    else if (current) current.lines.push(line);
    else {
      current = { line: index + 1, lines: [line] };
      blocks.push(current);
    }
  });
  return blocks;
}
