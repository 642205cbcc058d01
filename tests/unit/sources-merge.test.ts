/**
 * One paper, many sources: a text digest's entry and a JSON or Atom entry of the same paper become one page (same
 * arXiv ID, or same title and abstract once cleaned); fields merge by the rules (explicit beats inferred, the richer
 * source wins), the page names each field's source and every appearance, and the paper keeps its slug.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runIngest } from "../../scripts/ingest/pipeline";
import { paperSchema } from "../../src/schema/paper";
import { splitPage } from "./support/ingest-fixtures";
import { SAMPLES, fixtureInput, sampleInput, sampleText, textInput } from "./support/samples";

interface SampleItem {
  paper: { id: string; title: string; summary: string; authors: { name: string }[]; upvotes: number };
}

const HF_FILE = "api_daily_papers_date-2024-03-12.json";
const items = JSON.parse(sampleText("hf-api", HF_FILE)) as SampleItem[];
const listed = items[1] as SampleItem;
const flat = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The listing page as a text digest shows the paper: one line each for title and abstract, then its metadata. */
const textDigest = textInput(
  "2024-03-12-listing.txt",
  "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nMar 12\n\n" +
    `${flat(listed.paper.title)}\n\n${flat(listed.paper.summary)}\n\n  • 5 authors\n·\nMar 11 ${listed.paper.upvotes + 5}\n`,
);
const hfDigest = sampleInput("hf-api", HF_FILE);

function pageOf(result: ReturnType<typeof runIngest>, title: string) {
  const page = result.pages.find((candidate) => candidate.data.title === flat(title));
  if (!page) throw new Error(`no page titled ${title}`);
  return page;
}

describe("a text entry and a Hugging Face item of one paper", () => {
  const textOnly = runIngest([textDigest]);
  const both = runIngest([textDigest, hfDigest], { record: textOnly.slugs, warnings: [] });
  const page = pageOf(both, listed.paper.title);

  it("are one page, listing both appearances with their line and index", () => {
    expect(both.report.invariant.holds).toBe(true);
    expect(both.pages).toHaveLength(items.length);
    expect(page.data.appearances).toEqual([
      { digest: "2024-03-12-listing", position: 1, line: 13 },
      { digest: "api_daily_papers_date-2024-03-12", position: 2, index: 1 },
    ]);
    expect(both.report.totals.duplicatesMerged).toBe(1);
  });

  it("keeps the slug the text listing gave it", () => {
    expect(page.slug).toBe(textOnly.pages[0]?.slug);
  });

  it("is known by its arXiv ID and takes the richer source's fields, naming where each came from", () => {
    expect(page.data.arxivId).toBe(listed.paper.id);
    expect(page.data.authors).toEqual(listed.paper.authors.map((author) => author.name));
    expect(page.data.authorsCount).toBe(listed.paper.authors.length);
    expect(page.data.upvotes).toBe(listed.paper.upvotes + 5);
    expect(page.data.listedOn).toBe("2024-03-12");
    expect(page.data.sources).toMatchObject({
      title: "api_daily_papers_date-2024-03-12",
      abstract: "api_daily_papers_date-2024-03-12",
      authors: "api_daily_papers_date-2024-03-12",
      authorsCount: "api_daily_papers_date-2024-03-12",
      upvotes: "2024-03-12-listing",
      arxivId: "api_daily_papers_date-2024-03-12",
    });
  });

  it("reports the author count the listing got wrong", () => {
    expect(both.report.warnings).toContainEqual({
      file: "2024-03-12-listing.txt",
      line: 13,
      message: `author count 5 differs from ${listed.paper.authors.length} at api_daily_papers_date-2024-03-12.json[1]; keeping the latter`,
    });
  });

  it("writes a page the schema accepts, the new fields in its frontmatter", () => {
    const frontmatter = parse(splitPage(page.content).yaml) as unknown;
    expect(paperSchema.parse(frontmatter)).toEqual(page.data);
    expect(page.content).toContain(`arxivId: "${listed.paper.id}"`);
  });

  it("leaves the text-only page as it was: no source fields, no sources", () => {
    const alone = textOnly.pages[0]?.data ?? {};
    for (const field of ["arxivId", "authors", "listedOn", "machineGenerated", "sources"])
      expect(alone).not.toHaveProperty(field);
  });
});

describe("an Atom entry and a Hugging Face item with the same arXiv ID", () => {
  const atom = textInput(
    "arxiv-query.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <id>https://arxiv.org/api/example</id>
  <title>arXiv Query: id_list=${listed.paper.id}</title>
  <updated>2024-04-01T00:00:00Z</updated>
  <entry>
    <id>http://arxiv.org/abs/${listed.paper.id}v2</id>
    <title>${listed.paper.title.toUpperCase()}</title>
    <summary>A revised abstract, as version 2 words it.</summary>
    <published>2024-03-11T08:25:53Z</published>
    <updated>2024-03-30T10:00:00Z</updated>
    <author><name>First Author</name></author>
    <author><name>Second Author</name></author>
    <arxiv:primary_category term="cs.DC"/>
    <category term="cs.LG"/>
    <category term="cs.DC"/>
    <category term="C.1.4"/>
  </entry>
</feed>`,
  );
  const result = runIngest([hfDigest, atom]);
  const page = result.pages.find((candidate) => candidate.data.arxivId === listed.paper.id);

  it("are one paper whatever their titles and abstracts say", () => {
    expect(result.pages).toHaveLength(items.length);
    expect(page?.data.appearances.map((appearance) => appearance.digest)).toEqual([
      "api_daily_papers_date-2024-03-12",
      "arxiv-query",
    ]);
  });

  it("take text, authors, categories and days from arXiv, the listing's facts from Hugging Face", () => {
    expect(page?.data.abstract).toBe("A revised abstract, as version 2 words it.");
    expect(page?.data.authors).toEqual(["First Author", "Second Author"]);
    expect(page?.data.categories).toEqual(["cs.DC", "cs.LG"]);
    expect(page?.data.updated).toBe("2024-03-30");
    expect(page?.data.upvotes).toBe(listed.paper.upvotes);
    expect(page?.data.sources).toMatchObject({
      abstract: "arxiv-query",
      authors: "arxiv-query",
      upvotes: "api_daily_papers_date-2024-03-12",
      listedOn: "api_daily_papers_date-2024-03-12",
    });
  });
});

describe("every sample at once", () => {
  const inputs = ["hf-api", "hf-scraped", "arxiv"].flatMap((folder) =>
    readdirSync(path.join(SAMPLES, folder))
      .filter((file) => /\.(json|xml)$/.test(file))
      // A JSON Feed and its RSS twin share a name; a digest's id is its name, so the twin is renamed.
      .map((file) => ({
        ...sampleInput(folder, file),
        file: folder === "hf-scraped" && file.endsWith(".xml") ? `rss-${file}` : file,
      })),
  );
  const result = runIngest([...inputs, fixtureInput("arxiv-rss-cs.LG-2025-12-01.xml")]);

  it("ingests, skipping only the error answer and the empty result, with the invariant holding", () => {
    expect(result.report.invariant.holds).toBe(true);
    expect(result.report.digests.filter((digest) => digest.skipped).map((digest) => digest.file)).toEqual([
      "arxivpy_2026_id_0000.0000_s0_m100_8b51d9633a68.body.atom.xml",
      "arxivpy_2026_id_0000.0000_s0_m100_8b51d9633a68.recorded.json",
      "arxivpy_2026_id_abc_s0_m100_b79c8dcf6bc3.body.atom.xml",
      "arxivpy_2026_id_abc_s0_m100_b79c8dcf6bc3.recorded.json",
    ]);
    expect(result.report.rejects).toEqual([]);
  });

  it("publishes one page per arXiv ID", () => {
    const ids = result.pages.map((page) => page.data.arxivId);
    expect(ids.every((id) => id !== undefined)).toBe(true);
    expect(new Set(ids).size).toBe(result.pages.length);
  });

  it("marks machine-written fields wherever a paper has them", () => {
    for (const { data } of result.pages) {
      expect(data.machineGenerated ?? []).toEqual([
        ...(data.aiSummary ? ["aiSummary"] : []),
        ...(data.keywords ? ["keywords"] : []),
      ]);
    }
    expect(result.pages.some((page) => page.data.machineGenerated?.includes("keywords"))).toBe(true);
  });
});
