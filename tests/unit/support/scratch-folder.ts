/** A fresh folder under the system's temporary folder, and a writer of files at paths inside it. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ScratchFolder {
  dir: string;
  /** Writes `text` at `path` (relative, forward slashes), creating the folders on the way. */
  write: (path: string, text: string) => void;
}

export function scratchFolder(prefix: string): ScratchFolder {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write: (path, text) => {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
  };
}
