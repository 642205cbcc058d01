/** Whether a file is already there, so a rerun can skip what an earlier run fetched. */
import { access } from "node:fs/promises";

export async function fileExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
