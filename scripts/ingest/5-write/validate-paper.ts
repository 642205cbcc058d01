/**
 * Validates a paper against the page schema before it is written. A value that fails it costs its field, never the
 * paper: an optional field is left out and an array loses the failing item, each with a warning; only a failing
 * field that every page needs (title, appearances, …) rejects the paper's entries.
 */
import { z } from "zod";
import { fieldPath, schemaIssues, type SchemaIssue } from "../../../src/lib/input-problems";
import type { Paper } from "../../../src/schema/paper";
import { paperSchema } from "../../../src/schema/paper";
import type { Place, Warning } from "../report";

export type ValidatedPaper = { ok: true; paper: Paper } | { ok: false; problem: string };

type Shape = typeof paperSchema.shape;

function fieldSchema(key: string | number | undefined): Shape[keyof Shape] | undefined {
  return typeof key === "string" && Object.hasOwn(paperSchema.shape, key)
    ? paperSchema.shape[key as keyof Shape]
    : undefined;
}

/** How the paper can do without the value an issue points at, or undefined when it cannot. */
function removal(issue: SchemaIssue): { key: string; index?: number } | undefined {
  const [key, index] = issue.path;
  const schema = fieldSchema(key);
  if (schema === undefined || typeof key !== "string") return undefined;
  if (schema instanceof z.ZodArray && typeof index === "number") return { key, index };
  return schema.safeParse(undefined).success ? { key } : undefined;
}

function describe(issues: readonly SchemaIssue[]): string {
  return issues.map((issue) => `${fieldPath(issue.path) || "page"}: ${issue.message}`).join("; ");
}

/** The paper without the values `issues` point at; `inferred` forgets a field that is gone. */
function without(paper: Paper, issues: readonly SchemaIssue[]): Record<string, unknown> {
  const removedFields = new Set<string>();
  const removedItems = new Map<string, Set<number>>();
  for (const target of issues.map(removal)) {
    if (target?.index !== undefined)
      removedItems.set(target.key, (removedItems.get(target.key) ?? new Set()).add(target.index));
    else if (target) removedFields.add(target.key);
  }
  const kept = Object.entries(paper)
    .filter(([key]) => !removedFields.has(key))
    .map(([key, value]: [string, unknown]) => {
      const items = removedItems.get(key);
      return [
        key,
        items && Array.isArray(value) ? (value as unknown[]).filter((_item, i) => !items.has(i)) : value,
      ] as const;
    });
  return { ...Object.fromEntries(kept), inferred: paper.inferred.filter((field) => !removedFields.has(field)) };
}

export function validatePaper(candidate: Paper, place: Place, warnings: Warning[]): ValidatedPaper {
  const first = paperSchema.safeParse(candidate);
  if (first.success) return { ok: true, paper: first.data };
  const issues = schemaIssues(first.error);
  if (issues.some((issue) => removal(issue) === undefined)) return { ok: false, problem: describe(issues) };
  const second = paperSchema.safeParse(without(candidate, issues));
  if (!second.success) return { ok: false, problem: describe(schemaIssues(second.error)) };
  for (const issue of issues) {
    warnings.push({
      ...place,
      field: fieldPath(issue.path),
      message: `${issue.message}; the paper is kept without this value`,
    });
  }
  return { ok: true, paper: second.data };
}
