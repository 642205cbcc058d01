/** The digests index (`/digests/`): every source digest, newest first, with its date and paper count. */
import type { Corpus } from "../corpus";
import { countOf } from "../../lib/format";

export interface DigestSummaryView {
  id: string;
  label: string;
  published: number;
  dateInferred: boolean;
  file: string;
}

export interface DigestsIndexView {
  lede: string;
  digests: DigestSummaryView[];
}

export function digestsIndexView({ digests }: Corpus<unknown>): DigestsIndexView {
  return {
    lede: `The ${countOf(digests.length, "daily listing")} Lectern was built from, each kept in its original order.`,
    digests: digests.map((digest) => ({
      id: digest.id,
      label: digest.label,
      published: digest.entries.filter((entry) => entry.slug).length,
      dateInferred: digest.dateInferred,
      file: digest.file,
    })),
  };
}
