/**
 * Reads a source record field by field, each with its own schema: a field that fails is dropped with the reason and
 * the others are kept, so one bad value never costs the paper. Absent, `null` and empty-string fields are absent.
 */
import type { z } from "zod";

type FieldShape = Record<string, z.ZodType>;

export type FieldValues<S extends FieldShape> = { [K in keyof S]?: z.output<S[K]> };

/** Told the field and zod's first complaint for every field dropped. */
export type DropField = (field: string, problem: string) => void;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readFields<S extends FieldShape>(shape: S, value: unknown, drop: DropField): FieldValues<S> {
  const record = isRecord(value) ? value : {};
  const values: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shape)) {
    const raw = record[field];
    if (raw === undefined || raw === null || raw === "") continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) values[field] = parsed.data;
    else drop(field, parsed.error.issues[0]?.message ?? "unreadable value");
  }
  return values as FieldValues<S>;
}
