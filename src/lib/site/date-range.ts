/** The span of publication days in a set of papers, for "what Lectern holds". */
import type { Paper } from "../../schema/paper";
import { compareCodePoints } from "../compare-code-points";

export interface DayRange {
  first: string;
  last: string;
}

export function publicationRange(papers: readonly { data: Pick<Paper, "published"> }[]): DayRange | undefined {
  const days = papers.flatMap((paper) => paper.data.published ?? []).sort(compareCodePoints);
  const first = days[0];
  const last = days.at(-1);
  return first && last ? { first, last } : undefined;
}
