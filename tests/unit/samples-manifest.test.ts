/**
 * The source samples under tests/fixtures/samples are byte-exact copies of real responses: every file is listed in
 * SHA256SUMS with the hash of the original, and no file is added, missing or changed.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLES } from "./support/samples";

const MANIFEST = "SHA256SUMS";

function filesUnder(folder: string, prefix = ""): string[] {
  return readdirSync(path.join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const name = path.posix.join(prefix, entry.name);
    return entry.isDirectory() ? filesUnder(folder, name) : [name];
  });
}

const listed = new Map(
  readFileSync(path.join(SAMPLES, MANIFEST), "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [hash = "", file = ""] = line.split(/ {2}/);
      return [file.replace(/^\.\//, ""), hash] as const;
    }),
);

describe("sample copies", () => {
  it("are exactly the files the manifest lists", () => {
    const present = filesUnder(SAMPLES).filter((file) => file !== MANIFEST);
    expect(present.sort()).toEqual([...listed.keys()].sort());
  });

  for (const [file, hash] of listed) {
    it(`${file} is byte-identical to the original`, () => {
      expect(
        createHash("sha256")
          .update(readFileSync(path.join(SAMPLES, file)))
          .digest("hex"),
      ).toBe(hash);
    });
  }
});
