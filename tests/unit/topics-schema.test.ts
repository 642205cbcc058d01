import { describe, expect, it } from "vitest";
import { parseTaxonomy, TaxonomyError } from "../../src/lib/topics/parse-taxonomy";
import { OTHER_TOPIC } from "../../src/schema/taxonomy";
import { shippedTaxonomy } from "./support/shipped-taxonomy";

const FILE = "content/topics.yaml";

function problemsOf(source: string): string {
  try {
    parseTaxonomy(source, FILE);
  } catch (error) {
    if (error instanceof TaxonomyError) return error.message;
    throw error;
  }
  throw new Error("expected the taxonomy to be rejected");
}

const OTHER = `
  - slug: other
    name: Other
    description: Papers that match nothing else.
`;

describe("parseTaxonomy", () => {
  it("accepts a valid taxonomy and fills rule defaults", () => {
    const taxonomy = parseTaxonomy(
      `topics:
  - slug: quantization
    name: Quantization
    description: Low-bit weights.
    match:
      keywords: [quantiz*]
${OTHER}`,
      FILE,
    );
    expect(taxonomy.topics[0]?.match).toEqual({ keywords: ["quantiz*"], acronyms: [], patterns: [], exclude: [] });
    expect(taxonomy.topics.map((topic) => topic.slug)).toEqual(["quantization", "other"]);
  });

  it("reports every problem at once, naming file:line, topic and field", () => {
    const message = problemsOf(`topics:
  - slug: quantization
    name: Quantization
    description: Low-bit weights.
    match:
      keywords: [quantiz*]
      patterns: ["(unclosed"]
  - slug: quantization
    name: Quantization again
    description: Duplicated on purpose.
    parent: compression
    match:
      keywords: [int8]
  - slug: Bad Slug
    name: Bad
    description: no full stop
    colour: red
${OTHER}`);
    expect(message).toMatchInlineSnapshot(`
      "Invalid topic taxonomy content/topics.yaml (7 problems):
        - content/topics.yaml:7 topic #1 "quantization", field match.patterns[0]: invalid regular expression (Invalid regular expression: /(unclosed/giu: Unterminated group); test it with \`new RegExp(source, "giu")\`
        - content/topics.yaml:8 topic #2 "quantization", field slug: duplicate slug "quantization" (first used by topic #1); give each topic its own slug
        - content/topics.yaml:11 topic #2 "quantization", field parent: unknown parent "compression"; use the slug of a topic declared in this file
        - content/topics.yaml:14 topic #3 "Bad Slug", field slug: expected lowercase ASCII words joined by single hyphens
        - content/topics.yaml:14 topic #3 "Bad Slug", field match: add at least one keyword, acronym or pattern
        - content/topics.yaml:16 topic #3 "Bad Slug", field description: end the description with a full stop
        - content/topics.yaml:17 topic #3 "Bad Slug", field colour: unknown field "colour"; check its spelling or remove it (allowed here: slug, name, description, parent, minScore, match)"
    `);
  });

  it("requires the other topic and rules on every other topic", () => {
    const message = problemsOf(`topics:
  - slug: speech
    name: Speech
    description: Speech and audio.
`);
    expect(message).toMatchInlineSnapshot(`
      "Invalid topic taxonomy content/topics.yaml (2 problems):
        - content/topics.yaml:2 topic #1 "speech", field match: add at least one keyword, acronym or pattern
        - content/topics.yaml:2 field topics: declare a topic with slug "other"; papers that match nothing go there"
    `);
  });

  it("reports parent cycles", () => {
    const message = problemsOf(`topics:
  - slug: a
    name: A
    description: First topic.
    parent: b
    match: { keywords: [alpha] }
  - slug: b
    name: B
    description: Second topic.
    parent: a
    match: { keywords: [beta] }
${OTHER}`);
    expect(message).toMatchInlineSnapshot(`
      "Invalid topic taxonomy content/topics.yaml (2 problems):
        - content/topics.yaml:5 topic #1 "a", field parent: parent chain of "a" loops back to itself; remove one parent link
        - content/topics.yaml:10 topic #2 "b", field parent: parent chain of "b" loops back to itself; remove one parent link"
    `);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(problemsOf("topics:\n  - slug: a\n   name: [unclosed\n")).toMatch(
      /^Invalid topic taxonomy content\/topics\.yaml \(\d+ problems?\):\n {2}- content\/topics\.yaml:\d+ YAML syntax: /,
    );
  });

  const TWO_TOPICS = `topics:
  - slug: quantization
    name: Quantization
    description: Low-bit weights.
    match:
      keywords: [quantiz*]
  - slug: speech
    name: Speech
    description: Spoken language.
    match:
      keywords: [speech]
${OTHER}`;
  const editLine = (line: number, edit: (text: string) => string): string =>
    TWO_TOPICS.split("\n")
      .map((text, index) => (index + 1 === line ? edit(text) : text))
      .join("\n");

  it("puts a field indented one space too deep on its own line, with the fix", () => {
    expect(problemsOf(editLine(8, (text) => ` ${text}`))).toMatchInlineSnapshot(`
      "Invalid topic taxonomy content/topics.yaml (1 problem):
        - content/topics.yaml:8 YAML syntax: this line is indented differently from the field above it: line up a topic's fields (slug, name, description, match) under each other (YAML: Nested mappings are not allowed in compact mappings)"
    `);
  });

  it("reports a single tab once, not the cascade after it", () => {
    expect(problemsOf(editLine(9, (text) => text.replace(/^ {4}/, "\t")))).toMatchInlineSnapshot(`
      "Invalid topic taxonomy content/topics.yaml (1 problem):
        - content/topics.yaml:9 YAML syntax: YAML indents with spaces only: replace the tab with spaces, lined up with the lines around it (YAML: Tabs are not allowed as indentation)"
    `);
  });

  it("says a field lacks its colon on the line that lacks it", () => {
    expect(problemsOf(editLine(8, (text) => text.replace("name:", "name")))).toMatchInlineSnapshot(`
      "Invalid topic taxonomy content/topics.yaml (1 problem):
        - content/topics.yaml:8 YAML syntax: a field needs a colon after its name, as in \`name: Model compression\` (YAML: Implicit keys need to be on a single line)"
    `);
  });

  it("says what to write for a missing description", () => {
    expect(problemsOf(TWO_TOPICS.replace("    description: Spoken language.\n", ""))).toMatchInlineSnapshot(`
      "Invalid topic taxonomy content/topics.yaml (1 problem):
        - content/topics.yaml:7 topic #2 "speech", field description: missing \`description:\`; add it: one sentence ending in a full stop (\`description: Making trained networks smaller.\`)"
    `);
  });

  it("accepts the shipped taxonomy, fallback topic included", () => {
    expect(shippedTaxonomy().topics.map((topic) => topic.slug)).toContain(OTHER_TOPIC);
  });
});
