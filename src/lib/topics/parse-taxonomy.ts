/**
 * The one gate for the taxonomy file: YAML syntax and schema problems are collected and reported together, each
 * naming the file and line, the topic and the field, in the spirit of Starlight's `parseWithFriendlyErrors`.
 */
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { taxonomySchema, topicRulesSchema, topicSchema, type Taxonomy } from "./schema";

/** Thrown when the taxonomy cannot be used; `problems` holds one readable line per problem. */
export class TaxonomyError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Invalid topic taxonomy ${file} (${count}):\n${problems.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "TaxonomyError";
  }
}

/** Parses and validates taxonomy YAML; `file` only labels the messages. */
export function parseTaxonomy(source: string, file: string): Taxonomy {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new TaxonomyError(
      file,
      document.errors.map(
        (error) => `${file}:${lineOf(error.pos[0], lineCounter)} YAML syntax: ${firstLine(error.message)}`,
      ),
    );
  }
  const result = taxonomySchema.safeParse(document.toJS());
  if (result.success) return result.data;
  const problems = result.error.issues
    .flatMap(splitUnknownKeys)
    .map((problem) => ({ ...problem, line: lineOf(nearestNodeOffset(document, problem.path), lineCounter) }))
    .sort((a, b) => a.line - b.line);
  throw new TaxonomyError(
    file,
    problems.map((problem) => `${file}:${problem.line} ${whereInTaxonomy(problem.path, document)}: ${problem.message}`),
  );
}

interface Problem {
  path: (string | number)[];
  message: string;
}

/** One problem per unknown key, located at the key itself and listing the fields that are allowed there. */
function splitUnknownKeys(issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  if (issue.code !== "unrecognized_keys") return [{ path, message: issue.message }];
  const allowed = allowedKeys(path).join(", ");
  return issue.keys.map((key) => ({
    path: [...path, key],
    message: `unknown field "${key}"; check its spelling or remove it (allowed here: ${allowed})`,
  }));
}

function allowedKeys(path: readonly (string | number)[]): string[] {
  if (path.length === 0) return ["topics"];
  return Object.keys(path.at(-1) === "match" ? topicRulesSchema.shape : topicSchema.shape);
}

/** "topic #3 "quantization", field match.keywords[1]" from a zod path into `{ topics: [...] }`. */
function whereInTaxonomy(path: readonly (string | number)[], document: Document): string {
  const [root, index, ...field] = path;
  if (root !== "topics" || typeof index !== "number") return path.length > 0 ? `field ${formatPath(path)}` : "file";
  const slug = document.getIn(["topics", index, "slug"]);
  const topic = typeof slug === "string" ? `topic #${index + 1} "${slug}"` : `topic #${index + 1}`;
  return field.length > 0 ? `${topic}, field ${formatPath(field)}` : topic;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

/** Offset of the deepest YAML node on the path; missing fields point at the object that lacks them. */
function nearestNodeOffset(document: Document, path: readonly (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return range[0];
  }
  return 0;
}

function lineOf(offset: number, lineCounter: LineCounter): number {
  return lineCounter.linePos(offset).line;
}

function firstLine(message: string): string {
  return message.split("\n", 1)[0] ?? message;
}
