/** Groups cleaned entries into papers by identity, and reports same-titled papers that differ. */
import type { CleanEntry } from "../3-clean/clean-entry";
import type { Warning } from "../report";
import { formatPlace } from "../report";

/**
 * Entries sharing an id are one paper. An entry that lost its abstract (e.g. a title at the end of a file)
 * joins the one paper with the same title when there is exactly one; otherwise it stays a paper of its own.
 */
export function groupEntries(entries: readonly CleanEntry[], warnings: Warning[]): Map<string, CleanEntry[]> {
  const groups = new Map<string, CleanEntry[]>();
  const idsByTitle = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.abstract === "") continue;
    groups.set(entry.id, [...(groups.get(entry.id) ?? []), entry]);
    idsByTitle.set(entry.titleKey, (idsByTitle.get(entry.titleKey) ?? new Set()).add(entry.id));
  }
  for (const entry of entries) {
    if (entry.abstract !== "") continue;
    const candidates = [...(idsByTitle.get(entry.titleKey) ?? [])];
    const target = candidates.length === 1 && candidates[0] ? groups.get(candidates[0]) : undefined;
    if (target?.[0]) {
      warnings.push({
        file: entry.file,
        line: entry.line,
        message: `entry without abstract merged into the same-titled paper at ${formatPlace(target[0])}`,
      });
      target.push(entry);
    } else {
      groups.set(entry.id, [...(groups.get(entry.id) ?? []), entry]);
    }
  }
  return groups;
}

/** Same title, different abstracts: different papers, published separately, with one warning naming every place. */
export function reportTitleCollisions(groups: ReadonlyMap<string, readonly CleanEntry[]>, warnings: Warning[]): void {
  const byTitle = new Map<string, CleanEntry[]>();
  for (const group of groups.values()) {
    const first = group[0];
    if (first) byTitle.set(first.titleKey, [...(byTitle.get(first.titleKey) ?? []), first]);
  }
  for (const firsts of byTitle.values()) {
    if (firsts.length < 2 || !firsts[0]) continue;
    warnings.push({
      file: firsts[0].file,
      line: firsts[0].line,
      message: `${firsts.length} papers share the title ${JSON.stringify(firsts[0].title)} but differ in abstract (${firsts.map((entry) => formatPlace(entry)).join(", ")}); published separately`,
    });
  }
}
