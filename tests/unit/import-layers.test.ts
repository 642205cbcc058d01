/** The lint rule that keeps imports running one way (eslint.config.js) rejects each kind of import back up. */
import path from "node:path";
import { ESLint, Linter } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

/**
 * The layer rule as the project's config sets it for `file`, run alone: the type-aware rules of the full config
 * would need the probe file to exist in the TypeScript project.
 */
async function restricted(file: string, source: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(path.join(ROOT, file))) as Linter.Config;
  const rule = config.rules?.["no-restricted-imports"];
  const linter = new Linter();
  const messages = linter.verify(source, [
    { languageOptions: { sourceType: "module" }, rules: rule === undefined ? {} : { "no-restricted-imports": rule } },
  ]);
  return messages.map((message) => message.message);
}

describe("import layers", () => {
  it.each([
    ["src/lib/probe.ts", 'import { siteUrl } from "../site/paths";'],
    ["src/schema/probe.ts", 'import { runFromDisk } from "../../scripts/ingest/run";'],
    ["src/lib/probe.ts", 'import { getCollection } from "astro:content";'],
    ["scripts/ingest/probe.ts", 'import { loadCorpus } from "../../src/site/corpus";'],
    ["scripts/probe.ts", 'import { registerServiceWorker } from "../src/browser/offline/register";'],
    ["src/site/probe.ts", 'import { runFromDisk } from "../../scripts/ingest/run";'],
    ["src/pages/probe.ts", 'import { indexPapers } from "../../scripts/search-index/write-index";'],
    ["src/browser/search/probe.ts", 'import { loadCorpus } from "../../site/corpus";'],
    ["src/browser/search/probe.ts", 'import { readFile } from "node:fs/promises";'],
  ])("%s may not use %s", async (file, source) => {
    expect(await restricted(file, `${source}\n`)).toHaveLength(1);
  });

  it.each([
    ["scripts/ingest/probe.ts", 'import { compareCodePoints } from "../../src/lib/order";'],
    ["src/site/probe.ts", 'import { deriveCorpus } from "../lib/corpus/derive";'],
    ["src/browser/search/probe.ts", 'import { compareCodePoints } from "../../lib/order";'],
    ["src/lib/probe.ts", 'import { paperSchema } from "../schema/paper";'],
  ])("%s may use %s", async (file, source) => {
    expect(await restricted(file, `${source}\n`)).toEqual([]);
  });
});
