/** How an adapter reports a field it could not use: a warning at the entry's place, naming the field. */
import type { Warning } from "../../report";
import type { DropField } from "./read-fields";
import type { EntryPlace } from "./source-entry";

export interface SourceProblems {
  file: string;
  warnings: Warning[];
}

export function warnAt(problems: SourceProblems, place: Partial<EntryPlace>, message: string): void {
  problems.warnings.push({ file: problems.file, ...place, message });
}

/** A `DropField` that warns at `place`; `prefix` names the record the field belongs to (`paper.`). */
export function dropFieldAt(problems: SourceProblems, place: Partial<EntryPlace>, prefix = ""): DropField {
  return (field, problem) => {
    warnAt(problems, place, `field ${prefix}${field} dropped (${problem}); the rest of the entry is kept`);
  };
}
