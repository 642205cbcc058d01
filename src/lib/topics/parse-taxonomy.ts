/**
 * The one gate for the taxonomy file: YAML syntax and schema problems are collected and reported together, each
 * naming the file and line, the topic and the field, with how to fix it, in the spirit of Starlight's
 * `parseWithFriendlyErrors`. A syntax error is reported once, at its root cause, not as the cascade the YAML
 * parser sees after it.
 */
import { LineCounter, parseDocument, type Document } from "yaml";
import {
  fieldPath,
  InputError,
  REPORT_INPUT,
  schemaIssues,
  type InputProblem,
  type SchemaIssue,
} from "../input-problems";
import { yamlSyntaxProblems } from "./yaml-syntax-problems";
import { taxonomySchema, topicRulesSchema, topicSchema, type Taxonomy } from "../../schema/taxonomy";

/** Thrown when the taxonomy cannot be used, with every problem found. */
export class TaxonomyError extends InputError {
  constructor(
    readonly file: string,
    problems: readonly InputProblem[],
  ) {
    super(`topic taxonomy ${file}`, problems);
    this.name = "TaxonomyError";
  }
}

/** Parses and validates taxonomy YAML; `file` only labels the messages. */
export function parseTaxonomy(source: string, file: string): Taxonomy {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0)
    throw new TaxonomyError(
      file,
      yamlSyntaxProblems(document.errors, source, lineCounter).map((problem) => ({
        file,
        line: problem.line,
        field: "YAML syntax",
        message: problem.message,
      })),
    );
  const result = taxonomySchema.safeParse(document.toJS(), REPORT_INPUT);
  if (result.success) return result.data;
  const problems = schemaIssues(result.error, { allowedKeysAt: allowedKeys, missingFieldFix })
    .map((issue) => located(issue, file, document, lineCounter))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  throw new TaxonomyError(file, problems);
}

/** What to write for a required field that is missing, by field name. */
const FIELD_FIXES: Record<string, string> = {
  slug: "the topic's URL segment, lowercase words joined by hyphens (`slug: model-compression`)",
  name: "the display name (`name: Model compression`)",
  description: "one sentence ending in a full stop (`description: Making trained networks smaller.`)",
  topics: "a list of topics, the `other` fallback among them",
};

function missingFieldFix(path: readonly (string | number)[]): string | undefined {
  const field = path.at(-1);
  return typeof field === "string" ? FIELD_FIXES[field] : undefined;
}

function located(issue: SchemaIssue, file: string, document: Document, lineCounter: LineCounter): InputProblem {
  return {
    file,
    line: lineOf(nearestNodeOffset(document, issue.path), lineCounter),
    field: whereInTaxonomy(issue.path, document),
    message: issue.message,
  };
}

function allowedKeys(path: readonly (string | number)[]): string[] {
  if (path.length === 0) return ["topics"];
  return Object.keys(path.at(-1) === "match" ? topicRulesSchema.shape : topicSchema.shape);
}

/** "topic #3 "quantization", field match.keywords[1]" from a zod path into `{ topics: [...] }`. */
function whereInTaxonomy(path: readonly (string | number)[], document: Document): string {
  const [root, index, ...field] = path;
  if (root !== "topics" || typeof index !== "number") return path.length > 0 ? `field ${fieldPath(path)}` : "file";
  const slug = document.getIn(["topics", index, "slug"]);
  const topic = typeof slug === "string" ? `topic #${index + 1} "${slug}"` : `topic #${index + 1}`;
  return field.length > 0 ? `${topic}, field ${fieldPath(field)}` : topic;
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
