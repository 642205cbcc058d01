/**
 * YAML syntax errors of the taxonomy file as one problem per mistake, on the line to edit, with the fix in words.
 * The parser reports a single mistake several ways and loses its footing after it (one tab gave ten errors), so
 * only root causes are kept: every tab in an indentation, or else the first error and those overlapping it.
 */
import type { LineCounter, YAMLError } from "yaml";

export interface SyntaxProblem {
  line: number;
  message: string;
}

const MISALIGNED =
  "this line is indented differently from the field above it: line up a topic's fields (slug, name, description, match) under each other";

const FIXES: Partial<Record<YAMLError["code"], string>> = {
  TAB_AS_INDENT: "YAML indents with spaces only: replace the tab with spaces, lined up with the lines around it",
  MULTILINE_IMPLICIT_KEY: MISALIGNED,
  BLOCK_AS_IMPLICIT_KEY: MISALIGNED,
  BAD_INDENT: MISALIGNED,
  DUPLICATE_KEY: "a field may appear once per topic: remove or rename the repeated one",
  BAD_SCALAR_START: "quote a value that starts with a special character (`*`, `&`, `!`, `|`, `>`, `@`, `%`)",
};

const MISSING_COLON = "a field needs a colon after its name, as in `name: Model compression`";
const UNCLOSED = "close the quote or bracket opened on this line";

export function yamlSyntaxProblems(
  errors: readonly YAMLError[],
  source: string,
  lineCounter: LineCounter,
): SyntaxProblem[] {
  const tabs = errors.filter((error) => error.code === "TAB_AS_INDENT");
  const causes = tabs.length > 0 ? tabs.map((error) => [error]) : [firstCause(errors)];
  return causes.flatMap((cause) => {
    const [first] = cause;
    if (!first) return [];
    const { offset, fix } = diagnose(cause, source);
    const parserSays = first.message.split("\n", 1)[0] ?? first.message;
    return [{ line: lineCounter.linePos(offset).line, message: `${fix} (YAML: ${parserSays})` }];
  });
}

/** The first error and every error whose range overlaps it: one mistake the parser reports several ways. */
function firstCause(errors: readonly YAMLError[]): YAMLError[] {
  const [first] = errors;
  if (!first) return [];
  const [start, end] = first.pos;
  return errors.filter((error) => error.pos[0] <= end && error.pos[1] >= start);
}

/**
 * Where the mistake is and what fixes it. A key running onto the next line (`MULTILINE_IMPLICIT_KEY`) is one of two
 * mistakes: when it starts a line, that line lacks its colon; when it starts after `slug: `, the value is read on
 * into the next line, which is indented deeper than its sibling fields, and that line is the one to fix.
 */
function diagnose(cause: readonly YAMLError[], source: string): { offset: number; fix: string } {
  const first = cause[0];
  const offset = first?.pos[0] ?? 0;
  const runOn = cause.find((error) => error.code === "MULTILINE_IMPLICIT_KEY");
  if (runOn) {
    const [start, end] = runOn.pos;
    return startsLine(source, start) ? { offset: start, fix: MISSING_COLON } : { offset: end - 1, fix: MISALIGNED };
  }
  for (const error of cause) {
    if (error.code === "MISSING_CHAR" && /quote|flow|\]|\}/i.test(error.message))
      return { offset: error.pos[0], fix: UNCLOSED };
    const fix = FIXES[error.code];
    if (fix) return { offset: error.pos[0], fix };
  }
  if (first?.code === "MISSING_CHAR") return { offset, fix: MISALIGNED };
  return { offset, fix: "check the indentation and the quotes on this line" };
}

/** Whether only spaces stand between the start of its line and `offset`. */
function startsLine(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf("\n", offset - 1) + 1;
  return /^ *$/.test(source.slice(lineStart, offset));
}
