/**
 * Hugging Face's API, every vintage in the samples: `/api/daily_papers` responses from March 2024 to August 2026
 * and a single `/api/papers/{id}` object. Expectations come from each file's own JSON, so a vintage whose fields
 * drift is checked against what it really holds.
 */
import { describe, expect, it } from "vitest";
import type { ParsedDigest } from "../../scripts/ingest/digest-file";
import { parseDigest } from "../../scripts/ingest/digest-file";
import { sampleFiles, sampleInput, sampleText, textInput } from "./support/samples";

interface SampleAuthor {
  name: string;
}
interface SamplePaper {
  id: string;
  title: string;
  summary: string;
  authors: SampleAuthor[];
  publishedAt: string;
  submittedOnDailyAt?: string;
  upvotes: number;
  githubRepo?: string;
  githubStars?: number;
  projectPage?: string;
  ai_summary?: string;
  ai_keywords?: string[];
  ai_summary_model?: string;
}
interface SampleItem {
  paper: SamplePaper;
  numComments: number;
  organization?: { name: string; fullname: string };
}

function read(input: { file: string; bytes: Uint8Array }): ParsedDigest {
  const result = parseDigest(input);
  if (!result.ok) throw new Error(`${input.file} was skipped: ${result.reason}`);
  return result.digest;
}

const day = (timestamp: string): string => timestamp.slice(0, 10);
const flat = (text: string): string => text.replace(/\s+/g, " ").trim();

describe.each(sampleFiles("hf-api", ".json"))("Hugging Face daily papers %s", (file) => {
  const items = JSON.parse(sampleText("hf-api", file)) as SampleItem[];
  const digest = read(sampleInput("hf-api", file));
  const nameDay = /\d{4}-\d{2}-\d{2}/.exec(file)?.[0];

  it("is recognised from its content, with one entry per item, each named by its index", () => {
    expect(digest.layout).toBe("hf-daily-papers");
    expect(digest.entries.map((entry) => [entry.position, entry.index, entry.line])).toEqual(
      items.map((_, index) => [index + 1, index, undefined]),
    );
    expect(digest.entries.every((entry) => !entry.rejected)).toBe(true);
  });

  it("dates the digest by the day the file was asked for", () => {
    expect(
      digest.date &&
        `${digest.date.year}-${String(digest.date.month).padStart(2, "0")}-${String(digest.date.day).padStart(2, "0")}`,
    ).toBe(nameDay);
  });

  it("keeps the arXiv ID, the authors in order, the first version's day and the listing day", () => {
    for (const [index, entry] of digest.entries.entries()) {
      const { paper } = items[index] as SampleItem;
      expect(entry.source?.arxivId).toBe(paper.id);
      expect(entry.source?.authors).toEqual(paper.authors.map((author) => flat(author.name)));
      expect(entry.source?.published).toBe(day(paper.publishedAt));
      expect(entry.source?.listedOn).toBe(paper.submittedOnDailyAt ? day(paper.submittedOnDailyAt) : nameDay);
      expect(entry.source?.upvotes).toBe(paper.upvotes);
      expect(entry.source?.comments).toBe(items[index]?.numComments);
    }
  });

  it("joins the hard line breaks of titles and abstracts", () => {
    for (const entry of digest.entries) {
      expect(entry.title).not.toMatch(/\s{2}|\n/);
      expect(entry.abstract).not.toMatch(/(?<!\n)\n(?!\n)/);
      expect(entry.abstract.length).toBeGreaterThan(100);
    }
  });

  it("reads exactly the optional fields this vintage has", () => {
    for (const [index, entry] of digest.entries.entries()) {
      const item = items[index] as SampleItem;
      const { paper } = item;
      expect(entry.source?.githubRepo).toBe(paper.githubRepo || undefined);
      expect(entry.source?.githubStars).toBe(paper.githubRepo ? paper.githubStars : undefined);
      expect(entry.source?.projectPage).toBe(paper.projectPage || undefined);
      expect(entry.source?.aiSummary !== undefined).toBe(Boolean(paper.ai_summary));
      expect(entry.source?.aiSummaryModel).toBe(paper.ai_summary ? paper.ai_summary_model : undefined);
      expect(entry.source?.keywords).toEqual(
        paper.ai_keywords?.length ? [...new Set(paper.ai_keywords.map((keyword) => keyword.trim()))] : undefined,
      );
      expect(entry.source?.organization).toEqual(
        item.organization
          ? { handle: flat(item.organization.name), name: flat(item.organization.fullname) }
          : undefined,
      );
    }
  });

  it("has nothing to warn about", () => {
    expect(digest.warnings).toEqual([]);
  });
});

describe("a single /api/papers/{id} object", () => {
  const [item] = JSON.parse(
    sampleText("hf-api", "api_daily_papers_date-2026-08-21_filtered_indent2.json"),
  ) as SampleItem[];
  const paper = item?.paper as SamplePaper;
  const digest = read(textInput("paper.json", JSON.stringify(paper, null, 2)));

  it("is one entry with the paper's fields", () => {
    expect(digest.layout).toBe("hf-paper");
    expect(digest.entries).toHaveLength(1);
    const [entry] = digest.entries;
    expect(entry?.index).toBe(0);
    expect(entry?.source?.arxivId).toBe(paper.id);
    expect(entry?.source?.authors).toHaveLength(paper.authors.length);
    expect(entry?.source?.githubRepo).toBe(paper.githubRepo);
    expect(entry?.source?.listedOn).toBe(paper.submittedOnDailyAt && day(paper.submittedOnDailyAt));
  });

  it("is dated by the day it was listed", () => {
    expect(digest.date).toEqual({ year: 2026, month: 8, day: 21 });
  });
});

describe("a field that cannot be used", () => {
  const [item] = JSON.parse(
    sampleText("hf-api", "api_daily_papers_date-2026-08-21_filtered_indent2.json"),
  ) as SampleItem[];
  const broken = [{ ...item, paper: { ...item?.paper, upvotes: 1e21, githubRepo: "not a url", authors: "nobody" } }];
  const digest = read(textInput("hf-2026-08-21.json", JSON.stringify(broken)));

  it("is dropped with a warning naming the item and the field, and the paper is kept", () => {
    const [entry] = digest.entries;
    expect(entry?.rejected).toBeUndefined();
    expect(entry?.source?.upvotes).toBeUndefined();
    expect(entry?.source?.githubRepo).toBeUndefined();
    expect(entry?.source?.authors).toBeUndefined();
    expect(entry?.source?.arxivId).toBe(item?.paper.id);
    expect(digest.warnings.map((warning) => [warning.index, warning.message.split(" (")[0]])).toEqual([
      [0, "field paper.authors dropped"],
      [0, "field paper.upvotes dropped"],
      [0, "field paper.githubRepo dropped"],
    ]);
  });
});
