/**
 * Puts a copy of a folder tree elsewhere by hard-linking its files (a copy where links cannot be made, e.g. across
 * file systems). Used for search shards, which are written once and never changed in place, so a link is as good as
 * a copy and costs no bytes or time per file.
 */
import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";

export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}
