/** How a digest is named in the interface: by its listing date when it has one, else by its file id. */
import type { Digest } from "../../schema/paper";
import { formatDay } from "../format/day";

export function digestLabel(digest: Digest): string {
  return digest.date ? `Digest of ${formatDay(digest.date)}` : `Digest ${digest.id}`;
}
