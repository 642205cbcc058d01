/**
 * Validation for the content loaders: a generated file that fails its schema stops the build with an `AstroError`
 * naming the file, the line of the failing field where it can be found, the field, and how to fix it.
 */
import { AstroError } from "astro/errors";
import type { z } from "zod";
import { fieldPath, formatProblem, REPORT_INPUT, schemaIssues, type InputProblem } from "../lib/input-problems";

/** Line of a top-level `key:` in the file's text, for pages whose frontmatter is YAML. */
function lineOfKey(text: string, key: string | number | undefined): number | undefined {
  if (typeof key !== "string") return undefined;
  const index = text.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 1;
}

export function validated<T extends z.ZodType>(schema: T, data: unknown, file: string, text: string): z.infer<T> {
  const result = schema.safeParse(data, REPORT_INPUT);
  if (result.success) return result.data;
  const problems: InputProblem[] = schemaIssues(result.error).map((issue) => ({
    file,
    line: lineOfKey(text, issue.path[0]),
    field: fieldPath(issue.path) || undefined,
    message: issue.message,
  }));
  throw new AstroError(
    `Invalid generated file ${file}:\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join("\n")}`,
    "This file is written by `npm run ingest`; run it again to regenerate the file rather than editing it by hand.",
  );
}

/** A generated JSON file, parsed and validated; a file that is not JSON is reported like a schema failure. */
export function validatedJson<T extends z.ZodType>(schema: T, text: string, file: string): z.infer<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AstroError(`${file} is not JSON: ${(error as Error).message}`, "Run `npm run ingest` to rewrite it.");
  }
  return validated(schema, data, file, text);
}
