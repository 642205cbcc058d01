/** The ingest's shortcuts give exactly what the slow paths they skip would give. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invalidUtf8Offsets } from "../../scripts/ingest/1-read/decode";
import { collapseWhitespace } from "../../scripts/ingest/1-read/whitespace";
import {
  abstractToMdx,
  FRONTMATTER_OPTIONS,
  frontmatterYaml,
  serialisedAbstract,
} from "../../scripts/ingest/5-write/mdx";
import { plainParagraphsMarkdown } from "../../scripts/ingest/5-write/plain-paragraphs";
import { plainDataYaml } from "../../scripts/ingest/5-write/yaml-fast-path";
import { toPhrasing } from "../../scripts/ingest/3-clean/inline";
import type { Paper } from "../../src/schema/paper";
import { stringify } from "yaml";

const whitespace = fc.constantFrom(" ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u2028", "\u3000", "\ufeff");
const text = fc
  .array(fc.oneof(whitespace, fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 3 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

describe("fast paths", () => {
  it("collapseWhitespace equals replace(/\\s+/g, ' ').trim()", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(collapseWhitespace(value)).toBe(value.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });

  it("invalidUtf8Offsets is empty exactly when a strict decoder accepts the bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.string({ unit: "binary", maxLength: 12 }).map((value) => new TextEncoder().encode(value)),
    );
    fc.assert(
      fc.property(bytes, (value) => {
        let valid = true;
        try {
          strict.decode(value);
        } catch {
          valid = false;
        }
        expect(invalidUtf8Offsets(value).length === 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Text in which every rule of the serialisers has something to bite on: syntax, quotes, types, addresses, controls. */
const tricky = fc.constantFrom(
  ...[" ", "  ", "a", "Z", "é", "日本", "😀", "\ud800", "\u0085", "\u2028", "\ufeff", "\t", "\n", "\r", "\0"],
  ...[":", ": ", " #", "#", "-", "- ", "?", "? ", "---", "...", "%", "@", "`", "'", '"', "\\", "|", ">", "!"],
  ...["[", "]", "{", "}", ",", "&", "*", "_", "~", "=", "+", "<", "<b>", "(", ")", "![", "$"],
  ...["yes", "No", "on", "OFF", "null", "~", "y", "true", "1", "-2", "1e5", "0x1F", "0o7", "12:30", ".inf", "1_000"],
  ...["2024-06-04", "2024-6-4 10:00", "import", "export", "import x from 'y'", "1.", "2)", "10. ", "<!--"],
  ...["https://github.com/a/b", "https://a.io/x_(y)", "https://a.io/?q=1&r=2", "https://a.io/]:x", "http://x"],
  ...["\uE000", "\uE001", "\uE002", "\uE003"],
);
/** Prose as the corpus has it, with the syntax a title or an abstract may hold between its words. */
const proseWord = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("We", "show", "a", "model", "3D", "(LLM)", "x.", "GPU", "Ünïcode", "1") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...["https://github.com/a/b", "https://a.io/x_(y)", "https://a.io/]:x", "import", "export", "1.", "2)", "!"],
      ...["https://a.io/~u/p?q=1#s", "http://a.io/%20x+y", "https://a.io/a*b", "https://a.io/a{b}", "https://a.io/<b"],
      ...["\ud800", "\udc00x", "yes", "2024-06-04", "#", "- ", "---", "%"],
    ),
  },
  { weight: 1, arbitrary: tricky },
);
const separator = fc.constantFrom(" ", " ", " ", "", ": ", "!", "-", ", ");
const prose = fc
  .array(fc.tuple(proseWord, separator), { minLength: 1, maxLength: 8 })
  .map((words) => words.map(([word, after]) => word + after).join(""));
const pageText = fc.oneof(
  { weight: 4, arbitrary: prose },
  { weight: 1, arbitrary: prose.map((words) => words.trim()) },
  {
    weight: 1,
    arbitrary: fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join("")),
  },
);

describe("the page serialisers' fast paths", () => {
  it("write exactly the frontmatter the yaml library writes, for any data", () => {
    const key = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("title", "abstract", "id", "links", "url", "kind", "upvotes") },
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom("yes", "on", "a b", "1a", "x:", "y", "-"), fc.string()) },
    );
    const scalar = fc.oneof(
      { weight: 8, arbitrary: pageText },
      { weight: 2, arbitrary: fc.integer() },
      { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constant(-0), fc.boolean(), fc.constant(null)) },
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("map")),
      list: fc.array(tie("value"), { maxLength: 3 }),
      map: fc.dictionary(key, tie("value"), { maxKeys: 3 }),
    }));
    const data = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });
    fc.assert(
      fc.property(data, (paper) => {
        expect(frontmatterYaml(paper as unknown as Paper)).toBe(stringify(paper, FRONTMATTER_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  it("write an object met twice the way the library does (an anchor and an alias)", () => {
    const shared = { url: "https://a.io", kind: "project" };
    const list = ["a", "b"];
    for (const data of [{ links: [shared, shared] }, { authors: list, keywords: list }]) {
      const paper = data as unknown as Paper;
      expect(frontmatterYaml(paper)).toBe(stringify(paper, FRONTMATTER_OPTIONS));
      expect(frontmatterYaml(paper)).toContain("&");
    }
  });

  it("write exactly the MDX body the markdown serialiser writes, for any paragraphs", () => {
    fc.assert(
      fc.property(fc.array(pageText, { maxLength: 3 }), (paragraphs) => {
        expect(abstractToMdx(paragraphs)).toBe(serialisedAbstract(paragraphs));
      }),
      { numRuns: 5000 },
    );
  });

  it("are taken for an ordinary page", () => {
    const paper = {
      id: "281d0d9c47433435",
      slug: "moe-fast",
      title: "MoE++: Fast mixture-of-experts",
      abstract: "We present MoE++. Code: https://github.com/a/b, data: https://a.io/x_y.",
      published: "2024-06-04",
      upvotes: 12,
      links: [{ url: "https://github.com/a/b", kind: "code" }],
      inferred: [],
      appearances: [{ digest: "000_c4385d85e2f49f91", position: 1, line: 3 }],
    };
    expect(plainDataYaml(paper)).toBe(stringify(paper, FRONTMATTER_OPTIONS));
    const paragraph = { type: "paragraph" as const, children: toPhrasing(paper.abstract) };
    const writeLink = (): string => "[link]";
    expect(plainParagraphsMarkdown([paragraph], writeLink)).toBe(
      "We present MoE++. Code: [https://github.com/a/b](https://github.com/a/b), data: [link].\n",
    );
  });
});
