/**
 * One item of a Hugging Face `/api/daily_papers` response: the listed `paper` (see `hf-paper.ts`) and what the
 * listing adds. The item's `publishedAt` is the time it was listed in 2024 and drifted to a time near the paper's
 * own later; `paper.submittedOnDailyAt`, where present, says when it was listed.
 */
import { countSchema, textSchema, timestampDaySchema } from "./values";
import { hfOrganizationSchema } from "./hf-paper";

/** Each field of a listing item, read on its own; `paper` is read with `hfPaperFields`. */
export const hfListingItemFields = {
  /** Copies of the paper's title and summary (2025 on), used when the paper lacks its own. */
  title: textSchema,
  summary: textSchema,
  publishedAt: timestampDaySchema,
  numComments: countSchema,
  organization: hfOrganizationSchema,
};
