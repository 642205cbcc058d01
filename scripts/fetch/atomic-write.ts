/**
 * Writes a file so that readers see either the old file or the whole new one, never a part: the bytes go to a
 * temporary file beside it, are flushed to disk, and the temporary file is renamed over the target. Its name
 * starts with a dot, which the ingest skips, so a run killed mid-write leaves nothing the build would read.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

export async function writeFileAtomically(file: string, bytes: Uint8Array | string): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
