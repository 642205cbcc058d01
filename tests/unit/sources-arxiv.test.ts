/**
 * arXiv API Atom answers, every sample: the legacy format (2016, 2025), the 2026 format, the recorded responses
 * around 2026 bodies, an error answer and an empty result. Expectations come from each file itself.
 */
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ParsedDigest } from "../../scripts/ingest/digest-file";
import { parseDigest } from "../../scripts/ingest/digest-file";
import { normalizeText } from "../../scripts/ingest/1-read/decode";
import { sampleFiles, sampleInput, sampleText } from "./support/samples";

interface SampleEntry {
  id: string;
  title: string;
  published: string;
  updated: string;
  author: { name: string } | { name: string }[];
  category: { "@_term": string } | { "@_term": string }[];
  "arxiv:primary_category"?: { "@_term": string };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function entriesOf(text: string): SampleEntry[] {
  const parsed = xml.parse(text) as { feed: { entry?: SampleEntry | SampleEntry[] } };
  return asArray(parsed.feed.entry);
}

function read(folder: string, file: string): ParsedDigest {
  const result = parseDigest(sampleInput(folder, file));
  if (!result.ok) throw new Error(`${file} was skipped: ${result.reason}`);
  return result.digest;
}

const ERROR = "arxivpy_2026_id_abc_s0_m100_b79c8dcf6bc3";
const EMPTY = "arxivpy_2026_id_0000.0000_s0_m100_8b51d9633a68";
const feeds = sampleFiles("arxiv", ".xml").filter((file) => !file.startsWith(ERROR) && !file.startsWith(EMPTY));

describe.each(feeds)("arXiv Atom %s", (file) => {
  const text = sampleText("arxiv", file);
  const expected = entriesOf(text);
  const digest = read("arxiv", file);

  it("is one entry per <entry>, each named by the line of its start tag", () => {
    expect(digest.layout).toBe("arxiv-atom");
    expect(digest.entries).toHaveLength(expected.length);
    const lines = text.split("\n");
    for (const entry of digest.entries) expect(lines[(entry.line ?? 0) - 1]?.trim()).toBe("<entry>");
  });

  it("keeps the arXiv ID without version, the authors, the categories (primary first) and both days", () => {
    for (const [index, entry] of digest.entries.entries()) {
      const sample = expected[index] as SampleEntry;
      expect(sample.id).toContain(`/abs/${entry.source?.arxivId ?? "?"}v`);
      expect(entry.source?.authors).toEqual(asArray(sample.author).map((author) => normalizeText(author.name).trim()));
      const primary = sample["arxiv:primary_category"]?.["@_term"];
      expect(entry.source?.categories?.[0]).toBe(primary);
      expect(new Set(entry.source?.categories)).toEqual(
        new Set(
          asArray(sample.category)
            .map((category) => category["@_term"])
            .filter((term) => /^[a-z-]+(\.[A-Za-z-]+)?$/.test(term)),
        ),
      );
      expect(entry.source?.published).toBe(sample.published.slice(0, 10));
      expect(entry.source?.updated).toBe(sample.updated.slice(0, 10));
      expect(entry.title).toBe(sample.title.replace(/\s+/g, " ").trim());
    }
  });

  it("dates the digest by the day arXiv answered", () => {
    const updated = /<updated>(\d{4})-(\d{2})-(\d{2})/.exec(text);
    expect(digest.date).toEqual({ year: Number(updated?.[1]), month: Number(updated?.[2]), day: Number(updated?.[3]) });
  });
});

describe.each(
  sampleFiles("arxiv", ".recorded.json").filter((file) => !file.startsWith(ERROR) && !file.startsWith(EMPTY)),
)("recorded response %s", (file) => {
  const body = read("arxiv", file.replace(".recorded.json", ".body.atom.xml"));
  const recorded = read("arxiv", file);

  it("is read as the Atom body it holds, its entries named by index", () => {
    expect(recorded.layout).toBe("arxiv-atom");
    expect(recorded.entries.map((entry) => entry.source)).toEqual(body.entries.map((entry) => entry.source));
    expect(recorded.entries.map((entry) => [entry.index, entry.line])).toEqual(
      body.entries.map((_, index) => [index, undefined]),
    );
  });
});

describe("an arXiv error answer", () => {
  it.each([`${ERROR}.body.atom.xml`, `${ERROR}.recorded.json`])("%s is skipped, saying what arXiv said", (file) => {
    const result = parseDigest(sampleInput("arxiv", file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain("the arXiv API answered with an error: incorrect id format for abc");
    if (file.endsWith(".json")) expect(result.reason).toContain("HTTP 400");
  });
});

describe("an empty arXiv result", () => {
  it.each([`${EMPTY}.body.atom.xml`, `${EMPTY}.recorded.json`])("%s is skipped, naming the query", (file) => {
    const result = parseDigest(sampleInput("arxiv", file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/the arXiv API feed holds no entries for ".*id_list=0000\.0000.*" \(0 results\)/);
  });
});
