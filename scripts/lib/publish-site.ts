/**
 * Puts a finished build in place of the published folder (`dist/`) only once it is complete, so a build that
 * fails leaves the previous site standing (a running preview keeps answering). Both folders sit side by side in
 * the project, so each step is a rename on one file system; the old site is removed only after the new one is in
 * place, and put back if that fails.
 */
import { existsSync, renameSync, rmSync } from "node:fs";

export function publishSite(built: string, published: string): void {
  const previous = `${published}.previous`;
  rmSync(previous, { recursive: true, force: true });
  const hadSite = existsSync(published);
  if (hadSite) renameSync(published, previous);
  try {
    renameSync(built, published);
  } catch (error) {
    if (hadSite) renameSync(previous, published);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
