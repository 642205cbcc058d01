/**
 * A throwaway copy of the project to build the synthetic corpus with the real pipeline, unchanged. node_modules
 * is a real folder of per-package symlinks, so caches that tools write into node_modules (.vite, .astro) land in
 * the copy, not in the shared tree.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Build output, caches and the corpus itself are not copied: the bench makes its own. The owner's notes belong to
 * the bundled papers, which a synthetic corpus does not hold.
 */
const SKIPPED = new Set(["node_modules", "dist", ".astro", ".git", "test-results", "playwright-report", "blob-report"]);
const SKIPPED_PATHS = new Set(["content/papers", "content/digests", "content/notes"]);

export function copyProject(projectRoot: string, target: string): void {
  cpSync(projectRoot, target, {
    recursive: true,
    filter: (source) => {
      const path = relative(projectRoot, source);
      const top = path.split("/")[0] ?? "";
      return !SKIPPED.has(top) && !SKIPPED_PATHS.has(path);
    },
  });
  const modules = join(target, "node_modules");
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(join(projectRoot, "node_modules"))) {
    if (name === ".vite" || name === ".astro" || name === ".cache") continue;
    symlinkSync(join(projectRoot, "node_modules", name), join(modules, name));
  }
}
