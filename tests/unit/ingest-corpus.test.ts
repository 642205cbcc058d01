/**
 * The bundled digests end to end: every page validates, and compiles both with satteri (what @astrojs/mdx 8
 * uses) and with @mdx-js/mdx (the reference), with no ESM or expression reaching the output; hostile fixture too.
 */
// The frontmatter parser Astro itself runs on content entries: pages must read back exactly as written.
import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { compile } from "@mdx-js/mdx";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { mdxToJs } from "satteri";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runIngest } from "../../scripts/ingest/pipeline";
import { paperSchema } from "../../src/schema/paper";
import { runFixture, splitPage } from "./support/ingest-fixtures";

const DIGESTS = path.resolve(import.meta.dirname, "../../content/digests");
const corpus = runIngest(
  readdirSync(DIGESTS)
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(DIGESTS, file))) })),
);

/** Imports and exports a compiled page may have: the JSX runtime and the component itself. */
function foreignStatements(code: string): string[] {
  return code
    .split("\n")
    .filter((line) => /^\s*(import|export)\b/.test(line))
    .filter((line) => !/react\/jsx-runtime|astro\/jsx-runtime/.test(line) && !/^export default\b/.test(line));
}

async function expectCompilesInert(content: string): Promise<void> {
  const satteri = mdxToJs(content);
  expect(foreignStatements(satteri.code)).toEqual([]);
  const reference = String(await compile(splitPage(content).body));
  expect(foreignStatements(reference)).toEqual([]);
  // An expression compiles to bare `props.secret`; as text it keeps its braces inside a string literal.
  for (const code of [satteri.code, reference])
    expect(code.replaceAll("{props.secret}", "")).not.toContain("props.secret");
}

describe("bundled corpus", () => {
  it("accounts for every entry", () => {
    const { totals, invariant } = corpus.report;
    expect(invariant.holds).toBe(true);
    expect(totals.digestsRead).toBe(5);
    expect(totals.entriesRead).toBeGreaterThan(400);
    expect(totals.duplicatesMerged).toBeGreaterThan(0);
    expect(corpus.report.digests.map((digest) => digest.layout)).toEqual(["A", "A", "A", "B", "C"]);
  });

  it("every page validates against the shared schema, read by Astro's frontmatter parser", () => {
    for (const page of corpus.pages) {
      const written = parse(splitPage(page.content).yaml) as unknown;
      const data = paperSchema.parse(parseFrontmatter(page.content).frontmatter);
      expect(data).toEqual(written);
      expect(data.slug).toBe(page.slug);
    }
  });

  it("every page compiles with satteri and @mdx-js/mdx", async () => {
    for (const page of corpus.pages) await expectCompilesInert(page.content);
  });

  it("hostile text compiles to inert text in both compilers", async () => {
    const hostile = runFixture("hostile");
    expect(hostile.pages.length).toBeGreaterThan(0);
    for (const page of hostile.pages) await expectCompilesInert(page.content);
    const scriptPage = hostile.pages.find((page) => page.slug.startsWith("script-alert"));
    const satteri = mdxToJs(scriptPage?.content ?? "");
    expect(satteri.code).toContain("import fs from 'node:fs'");
    expect(satteri.code).toContain("alert('abstract')");
    expect(satteri.code).not.toMatch(/_jsxs?\(\s*"(script|img)"|_components\.(script|img)/);
  });

  it("is deterministic", () => {
    const again = runIngest(
      readdirSync(DIGESTS)
        .sort()
        .reverse()
        .map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(DIGESTS, file))) })),
    );
    expect(again.pages).toEqual(corpus.pages);
    expect(again.digests).toEqual(corpus.digests);
  });
});
