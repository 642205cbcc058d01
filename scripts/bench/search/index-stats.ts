/** Size and file count of the Pagefind index folder. */
import { snapshot } from "../run/fs-delta";

export interface IndexStats {
  files: number;
  bytes: number;
}

export function indexStats(pagefindDir: string): IndexStats {
  let bytes = 0;
  const files = snapshot(pagefindDir);
  for (const { size } of files.values()) bytes += size;
  return { files: files.size, bytes };
}
