/** Reads a Hugging Face `/api/papers/{id}` answer: one paper object, one entry. */
import { hfPaperEntry } from "./hf-paper-entry";
import { isRecord } from "./read-fields";
import type { SourceProblems } from "./problems";
import type { SourceRead } from "./source-entry";
import { hfPaperFields } from "../../../../src/schema/sources/hf-paper";

/** A paper object names its arXiv id and title, and a summary or authors; a listing item would hold a `paper`. */
export function isHfPaper(json: unknown): json is Record<string, unknown> {
  return (
    isRecord(json) &&
    typeof json["id"] === "string" &&
    typeof json["title"] === "string" &&
    ("summary" in json || "authors" in json) &&
    !("paper" in json)
  );
}

/** The paper's listing day, when it was listed, is the digest's day. */
export function readHfPaper(file: string, paper: Record<string, unknown>): SourceRead {
  const problems: SourceProblems = { file, warnings: [] };
  const listed = hfPaperFields.submittedOnDailyAt.safeParse(paper["submittedOnDailyAt"]);
  const entry = hfPaperEntry({ paper, place: { index: 0 }, position: 1 }, problems);
  return {
    ok: true,
    digest: {
      layout: "hf-paper",
      ...(listed.success ? { date: listed.data } : {}),
      entries: [entry],
      warnings: problems.warnings,
    },
  };
}
