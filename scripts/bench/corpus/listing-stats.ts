/**
 * Metadata rates measured on the bundled layout-A digests (how often an entry has metadata, an organisation line,
 * a year-less date, upvotes), plus the observed values to resample from.
 */
import type { ReadEntry } from "./read-digest";

export interface ListingStats {
  metadataRate: number;
  organisationRate: number;
  yearlessRate: number;
  upvoteRate: number;
  authorCounts: number[];
  upvotes: number[];
  organisations: { handle: string; name: string }[];
}

const AUTHORS = /^ {2}• (\d+) authors?$/;
const DATE = /^[A-Z][a-z]{2} \d{1,2}(, \d{4})?(?: (\d+))?$/;

/** Organisations seen on real listings, added to the bundled ones so org pages are not all the same four. */
const EXTRA_ORGANISATIONS = [
  { handle: "google", name: "Google" },
  { handle: "microsoft", name: "Microsoft" },
  { handle: "nvidia", name: "NVIDIA" },
  { handle: "meta-llama", name: "Meta Llama" },
  { handle: "Qwen", name: "Qwen" },
  { handle: "allenai", name: "Ai2" },
];

export function measureListingStats(layoutAEntries: readonly ReadEntry[]): ListingStats {
  const metas = layoutAEntries.flatMap((entry) => (entry.meta === undefined ? [] : [entry.meta.split("\n")]));
  const authorCounts: number[] = [];
  const upvotes: number[] = [];
  const organisations = [...EXTRA_ORGANISATIONS];
  let yearless = 0;
  for (const [who = "", , date = ""] of metas) {
    const authors = AUTHORS.exec(who);
    if (authors) authorCounts.push(Number(authors[1]));
    else organisations.push(parseOrganisation(who));
    const parsedDate = DATE.exec(date);
    if (parsedDate && parsedDate[1] === undefined) yearless++;
    if (parsedDate?.[2] !== undefined) upvotes.push(Number(parsedDate[2]));
  }
  const count = Math.max(metas.length, 1);
  return {
    metadataRate: metas.length / Math.max(layoutAEntries.length, 1),
    organisationRate: (metas.length - authorCounts.length) / count,
    yearlessRate: yearless / count,
    upvoteRate: upvotes.length / count,
    authorCounts: authorCounts.length > 0 ? authorCounts : [3],
    upvotes: upvotes.length > 0 ? upvotes : [1],
    organisations,
  };
}

function parseOrganisation(line: string): { handle: string; name: string } {
  const space = line.indexOf(" ");
  return { handle: line.slice(0, space), name: line.slice(space + 1) };
}
