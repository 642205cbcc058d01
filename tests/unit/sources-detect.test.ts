/**
 * Formats are told apart by content, never by name; a broken or unknown file is skipped with a reason that names it,
 * and the other files go on.
 */
import { describe, expect, it } from "vitest";
import { parseDigest } from "../../scripts/ingest/digest-file";
import { runIngest } from "../../scripts/ingest/pipeline";
import { fixtureInput, sampleInput, textInput } from "./support/samples";

const TEXT_DIGEST =
  "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nMar 11\n\n" +
  "[CLS] Tokens Are Enough\n\nWe show that the classification token alone carries what a probe needs, across twelve tasks.\n";

function layoutOf(input: { file: string; bytes: Uint8Array }): string {
  const result = parseDigest(input);
  return result.ok ? result.digest.layout : `skipped: ${result.reason}`;
}

describe("format detection", () => {
  it("reads each format whatever the file is called", () => {
    const hf = sampleInput("hf-api", "api_daily_papers_date-2024-03-12.json");
    const atom = sampleInput("arxiv", "xiv_2025-10_cs.RO_neural.atom.xml");
    const rss = fixtureInput("arxiv-rss-cs.LG-2025-12-01.xml");
    expect(layoutOf({ file: "listing.txt", bytes: hf.bytes })).toBe("hf-daily-papers");
    expect(layoutOf({ file: "query.json", bytes: atom.bytes })).toBe("arxiv-atom");
    expect(layoutOf({ file: "feed", bytes: rss.bytes })).toBe("rss");
    expect(layoutOf(textInput("digest.json", TEXT_DIGEST))).toBe("A");
  });

  it("reads a text digest whose first title starts like JSON as text", () => {
    const headerless = TEXT_DIGEST.replace(/^[\s\S]*?(?=\[CLS\])/, "");
    const result = parseDigest(textInput("cls.txt", headerless));
    // Whatever the text reader makes of a digest without its header, JSON is not what it is taken for.
    if (!result.ok) expect(result.reason).toMatch(/^not valid JSON .*; as text: /);
    else expect(result.digest.layout).not.toMatch(/json|hf/);
  });
});

describe("broken and unknown files", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "truncated.json",
      '[{"paper": {"id": "2403.06634", "title": "Cut',
      /^not valid JSON \(.+\); as text: unrecognised layout/,
    ],
    [
      "broken.xml",
      "<?xml version='1.0'?>\n<feed><entry><title>Open</entry></feed>",
      /^not well-formed XML: .+ \(line 2, column \d+\); as text/,
    ],
    [
      "object.json",
      '{"name": "lectern", "version": "1.0.0"}',
      /^a JSON object with the keys name, version: not a Hugging Face/,
    ],
    ["empty.json", "[]", /^an empty JSON array/],
    ["numbers.json", "[1, 2, 3]", /^a JSON array whose items hold no `paper` object/],
    [
      "page.xml",
      "<html><body><p>Daily papers</p></body></html>",
      /^an XML document whose root element is <html>: neither/,
    ],
    ["no-channel.xml", '<rss version="2.0"></rss>', /^an RSS document without a <channel>/],
    [
      "weekend.xml",
      '<rss version="2.0"><channel><title>cs.LG updates on arXiv.org</title></channel></rss>',
      /^the RSS feed "cs\.LG updates on arXiv\.org" holds no items/,
    ],
    [
      "not-arxiv.json",
      '{"url": "https://example.org/", "status_code": 200, "body": "hello"}',
      /^a recorded response \(HTTP 200 from https:\/\/example\.org\/\) whose body is neither JSON nor XML/,
    ],
  ];

  it.each(cases)("%s is skipped with the reason", (file, text, reason) => {
    expect(layoutOf(textInput(file, text))).toMatch(new RegExp(`^skipped: ${reason.source.slice(1)}`));
  });

  it("costs only itself: the other files are read, and the report names each skipped file", () => {
    const good = sampleInput("hf-api", "api_daily_papers_date-2024-04-04.json");
    const result = runIngest([good, ...cases.map(([file, text]) => textInput(file, text))]);
    expect(result.report.totals.digestsRead).toBe(1);
    expect(result.report.totals.digestsSkipped).toBe(cases.length);
    expect(result.report.invariant.holds).toBe(true);
    const skippedWarnings = result.report.warnings.filter((warning) => warning.message.startsWith("skipped: "));
    expect(skippedWarnings.map((warning) => warning.file).sort()).toEqual(cases.map(([file]) => file).sort());
    expect(result.pages.length).toBe((JSON.parse(new TextDecoder().decode(good.bytes)) as unknown[]).length);
  });
});

describe("a recorded response", () => {
  const body = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <updated>2026-04-12T22:09:27Z</updated>
  <entry>
    <id>http://arxiv.org/abs/2202.12139v1</id>
    <title>Testing Deep Learning Models</title>
    <summary>We compare testing techniques for deep learning models.</summary>
    <published>2022-02-30T15:05:19Z</published>
  </entry>
</feed>`;
  const input = textInput("recorded.json", JSON.stringify({ url: "https://example.org/api", status_code: 503, body }));
  const result = parseDigest(input);

  it("is read through to its body, a failing status and the body's problems named at the entry's index", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.digest.entries.map((entry) => [entry.index, entry.line])).toEqual([[0, undefined]]);
    expect(result.digest.warnings.map(({ index, message }) => [index, message.split(" (")[0]])).toEqual([
      [
        undefined,
        "the recorded response has status HTTP 503 from https://example.org/api; its body was read all the same",
      ],
      [0, "field published dropped"],
    ]);
  });
});
