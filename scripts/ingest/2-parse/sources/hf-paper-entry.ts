/** One Hugging Face paper object, with the listing item around it when there is one, as a source entry. */
import { hfPaperFields } from "../../../../src/schema/sources/hf-paper";
import { hfListingItemFields } from "../../../../src/schema/sources/hf-daily-papers";
import { bareArxivId } from "./arxiv-id";
import type { SourceProblems } from "./problems";
import { dropFieldAt, warnAt } from "./problems";
import { isRecord, readFields } from "./read-fields";
import type { EntryPlace, SourceEntry, SourceFields } from "./source-entry";

interface HfEntryInput {
  paper: unknown;
  /** The `/api/daily_papers` item holding `paper`; absent for an `/api/papers/{id}` answer. */
  item?: unknown;
  place: EntryPlace;
  position: number;
  /** The listing's day, for papers that do not say when they were listed. */
  listingDay?: string | undefined;
}

export function hfPaperEntry(input: HfEntryInput, problems: SourceProblems): SourceEntry {
  const { place } = input;
  const paper = readFields(hfPaperFields, input.paper, dropFieldAt(problems, place, input.item ? "paper." : ""));
  const item =
    input.item === undefined ? {} : readFields(hfListingItemFields, input.item, dropFieldAt(problems, place));
  const arxivId = paper.id === undefined ? undefined : bareArxivId(paper.id);
  if (paper.id !== undefined && arxivId === undefined)
    warnAt(
      problems,
      place,
      `paper id ${JSON.stringify(paper.id)} is no arXiv identifier; the paper is known by its title and abstract`,
    );
  const organization = item.organization ?? paper.organization;
  const listedOn = paper.submittedOnDailyAt ?? input.listingDay;
  const comments = item.numComments ?? paper.numComments;
  const fields: SourceFields = {
    ...(arxivId ? { arxivId } : {}),
    ...(paper.authors && paper.authors.length > 0 ? { authors: paper.authors.map((author) => author.name) } : {}),
    ...(paper.publishedAt ? { published: paper.publishedAt } : {}),
    ...(listedOn ? { listedOn } : {}),
    ...(paper.upvotes === undefined ? {} : { upvotes: paper.upvotes }),
    ...(comments === undefined ? {} : { comments }),
    ...(organization ? { organization: { handle: organization.name, name: organization.fullname } } : {}),
    ...(paper.githubRepo ? { githubRepo: paper.githubRepo } : {}),
    ...(paper.githubRepo && paper.githubStars !== undefined ? { githubStars: paper.githubStars } : {}),
    ...(paper.projectPage ? { projectPage: paper.projectPage } : {}),
    ...(paper.ai_summary ? { aiSummary: paper.ai_summary } : {}),
    ...(paper.ai_summary && paper.ai_summary_model ? { aiSummaryModel: paper.ai_summary_model } : {}),
    ...(paper.ai_keywords && paper.ai_keywords.length > 0 ? { keywords: paper.ai_keywords } : {}),
  };
  return {
    ...place,
    position: input.position,
    title: paper.title || item.title || "",
    abstract: paper.summary || item.summary || "",
    fields,
  };
}

/**
 * The day an item was put on the listing, read quietly (the entry reports bad fields): the paper says so from 2025;
 * in 2024 the item's own time did.
 */
export function hfListedDay(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const submitted = hfPaperFields.submittedOnDailyAt.safeParse(
    isRecord(item["paper"]) ? item["paper"]["submittedOnDailyAt"] : undefined,
  );
  if (submitted.success) return submitted.data;
  const listed = hfListingItemFields.publishedAt.safeParse(item["publishedAt"]);
  return listed.success ? listed.data : undefined;
}
