/**
 * Every fixture folder under tests/fixtures/ingest is a case: `digests/` in, `expected/` (one MDX file per
 * page, plus the catalogue, the slug record and the report) out. Run with UPDATE_FIXTURES=1 to regenerate
 * after a deliberate change.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serialiseSlugRecord } from "../../scripts/ingest/4-merge/slug-record";
import { FIXTURES, fixtureCases, runFixture } from "./support/ingest-fixtures";

const update = process.env["UPDATE_FIXTURES"] === "1";

function expectedFiles(name: string): Map<string, string> {
  const result = runFixture(name);
  const files = new Map<string, string>();
  for (const page of result.pages) files.set(`${page.slug}.mdx`, page.content);
  files.set("digests.json", `${JSON.stringify(result.digests, null, 2)}\n`);
  files.set("slugs.json", serialiseSlugRecord(result.slugs));
  files.set("report.json", `${JSON.stringify(result.report, null, 2)}\n`);
  return files;
}

describe("ingest fixtures", () => {
  for (const name of fixtureCases()) {
    it(name, () => {
      const folder = path.join(FIXTURES, name, "expected");
      const actual = expectedFiles(name);
      if (update) {
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        for (const [file, content] of actual) writeFileSync(path.join(folder, file), content);
      }
      expect(existsSync(folder), `${folder} missing: run with UPDATE_FIXTURES=1`).toBe(true);
      expect([...actual.keys()].sort()).toEqual(readdirSync(folder).sort());
      for (const [file, content] of actual) {
        expect(content, `${name}/expected/${file}`).toBe(readFileSync(path.join(folder, file), "utf8"));
      }
    });
  }
});
