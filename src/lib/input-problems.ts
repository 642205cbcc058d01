/**
 * The one way Lectern reports bad input (digests, the taxonomy, generated pages, the derived corpus): each problem
 * names the file, the line where known, the field, and says how to fix it; problems are collected and reported
 * together, in the spirit of Starlight's `parseWithFriendlyErrors`.
 */
import type { z } from "zod";

export interface InputProblem {
  file: string;
  /** 1-based line, when the input's format lets us locate the problem. */
  line?: number | undefined;
  /** Where in the record, e.g. `topic #3 "quantization", field match.keywords[1]` or `authorsCount`. */
  field?: string | undefined;
  /** What is wrong and, where the schema cannot say it, how to fix it. */
  message: string;
}

export function formatProblem({ file, line, field, message }: InputProblem): string {
  const place = line === undefined ? file : `${file}:${String(line)}`;
  return `${place}${field ? ` ${field}` : ""}: ${message}`;
}

/** `match.keywords[1]` from a zod path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .filter((key): key is string | number => typeof key !== "symbol")
    .map((key, index) => (typeof key === "number" ? `[${String(key)}]` : index === 0 ? key : `.${key}`))
    .join("");
}

/** A problem's path and message before it is located in a file. */
export interface SchemaIssue {
  path: (string | number)[];
  message: string;
}

/** How `schemaIssues` words what zod cannot know: the fields allowed at a path, and how to fill a missing field. */
export interface IssueWording {
  /** Fields allowed at a path, listed when a key is unknown (what a misspelt field needs). */
  allowedKeysAt?: (path: readonly (string | number)[]) => readonly string[];
  /** How to fill in a required field that is missing, e.g. "one sentence ending in a full stop". */
  missingFieldFix?: (path: readonly (string | number)[]) => string | undefined;
}

/** Parse options under which `schemaIssues` can tell a missing field from a wrong one. */
export const REPORT_INPUT = { reportInput: true } as const;

/**
 * Zod issues as readable problems: one per issue, one per unknown key (located at the key itself, listing the
 * fields allowed there), and a missing required field said as such, with its fix, rather than zod's "Invalid input:
 * expected string, received undefined". Parse with `REPORT_INPUT` so missing fields can be told apart.
 */
export function schemaIssues(error: z.ZodError, wording: IssueWording = {}): SchemaIssue[] {
  return error.issues.flatMap((issue): SchemaIssue[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    if (issue.code === "invalid_type" && "input" in issue && issue.input === undefined) {
      const fix = wording.missingFieldFix?.(path);
      const field = path.at(-1);
      return [
        {
          path,
          message: `missing${typeof field === "string" ? ` \`${field}:\`` : ""}; add it${fix ? `: ${fix}` : ""}`,
        },
      ];
    }
    if (issue.code !== "unrecognized_keys") return [{ path, message: issue.message }];
    const allowed = wording.allowedKeysAt?.(path) ?? [];
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown field "${key}"; check its spelling or remove it${
        allowed.length > 0 ? ` (allowed here: ${allowed.join(", ")})` : ""
      }`,
    }));
  });
}

/** Thrown when an input cannot be used at all; `problems` holds every problem found, not only the first. */
export class InputError extends Error {
  constructor(
    readonly what: string,
    readonly problems: readonly InputProblem[],
  ) {
    const count = problems.length === 1 ? "1 problem" : `${String(problems.length)} problems`;
    super(`Invalid ${what} (${count}):\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join("\n")}`);
    this.name = "InputError";
  }
}
