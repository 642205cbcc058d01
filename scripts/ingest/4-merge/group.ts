/** Groups cleaned entries into papers by identity, and reports same-titled papers that differ. */
import type { CleanEntry } from "../3-clean/clean-entry";
import type { Warning } from "../report";
import { formatPlace } from "../report";
import { entryPlace } from "../entry-place";

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
        ...entryPlace(entry),
        message: `entry without abstract merged into the same-titled paper at ${formatPlace(target[0])}`,
      });
      target.push(entry);
    } else {
      groups.set(entry.id, [...(groups.get(entry.id) ?? []), entry]);
    }
  }
  return groups;
}

/** Union-find over group keys: the representative key of `key`'s set. */
function rootOf(parents: Map<string, string>, key: string): string {
  let root = key;
  for (let parent = parents.get(root); parent !== undefined && parent !== root; parent = parents.get(root))
    root = parent;
  return root;
}

/**
 * Groups whose entries name the same arXiv ID are one paper, whatever their titles and abstracts say (a revised
 * abstract, another source's wording). Text digests name no arXiv ID, so a corpus of text alone passes untouched.
 */
export function joinByArxivId(groups: Map<string, CleanEntry[]>): Map<string, CleanEntry[]> {
  const groupByArxivId = new Map<string, string>();
  const parents = new Map<string, string>();
  for (const [key, entries] of groups) {
    for (const entry of entries) {
      const arxivId = entry.source?.arxivId;
      if (arxivId === undefined) continue;
      const other = groupByArxivId.get(arxivId);
      if (other === undefined) groupByArxivId.set(arxivId, key);
      else if (rootOf(parents, other) !== rootOf(parents, key))
        parents.set(rootOf(parents, key), rootOf(parents, other));
    }
  }
  if (parents.size === 0) return groups;
  const joined = new Map<string, CleanEntry[]>();
  for (const [key, entries] of groups) {
    const root = rootOf(parents, key);
    joined.set(root, [...(joined.get(root) ?? []), ...entries]);
  }
  return joined;
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
      ...entryPlace(firsts[0]),
      message: `${firsts.length} papers share the title ${JSON.stringify(firsts[0].title)} but differ in abstract (${firsts.map((entry) => formatPlace(entry)).join(", ")}); published separately`,
    });
  }
}
