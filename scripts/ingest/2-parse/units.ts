/**
 * Groups a digest body's lines into units the entry grammar reads: text (a title or an abstract paragraph)
 * and metadata groups (`• N authors` or an organisation line, `·`, a date line).
 */
import type { Block } from "./blocks";
import { isSeparatorLine, parseAuthorsLine, parseDateLine } from "./entry-lines";

export interface TextUnit {
  kind: "text";
  line: number;
  lines: string[];
}

export interface MetaUnit {
  kind: "meta";
  line: number;
  lines: string[];
}

export type Unit = TextUnit | MetaUnit;

/** Which lines of a block belong to a metadata group. */
function metaMask(lines: readonly string[]): boolean[] {
  const mask = lines.map(() => false);
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const previous = i > 0 ? lines[i - 1] : undefined;
    if (parseAuthorsLine(line) !== undefined || isSeparatorLine(line)) mask[i] = true;
    // An organisation line is only known by the `·` that follows it.
    else if (next !== undefined && isSeparatorLine(next) && line.length <= 120) mask[i] = true;
    else if (parseDateLine(line) && (previous === undefined ? lines.length === 1 : mask[i - 1])) mask[i] = true;
  });
  return mask;
}

/**
 * `lineUnits`: each text line is a unit of its own (layout B has no blank lines between entries);
 * otherwise a block's consecutive text lines form one unit (a hard-wrapped abstract).
 */
export function toUnits(blocks: readonly Block[], lineUnits: boolean): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    const mask = metaMask(block.lines);
    let current: Unit | undefined;
    block.lines.forEach((text, i) => {
      const kind = mask[i] ? "meta" : "text";
      const line = block.line + i;
      const startNew = !current || current.kind !== kind || (kind === "text" && lineUnits);
      if (startNew) {
        const unit: Unit = { kind, line, lines: [text] };
        current = unit;
        units.push(unit);
      } else {
        current?.lines.push(text);
      }
    });
  }
  return units;
}
