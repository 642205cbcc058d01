/**
 * How a digest is named in the interface: by its listing date when it has one, else by the leading part of its
 * file id (`003` of `003_8ef286ce0b4caa70`), which is how the digest folder orders its files.
 */
import type { Digest } from "../../schema/paper";
import { formatDay } from "../format/day";

export function digestLabel(digest: Digest): string {
  return digest.date ? `Digest of ${formatDay(digest.date)}` : `Undated digest ${digest.id.split("_")[0] ?? digest.id}`;
}
