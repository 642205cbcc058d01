/** The revisions the service worker's file lists carry: content hashes, kept between builds for unchanged files. */
import { createHash } from "node:crypto";
import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { offlineRevisions } from "../../scripts/astro/offline-revisions";
import { scratchFolder } from "./support/scratch-folder";

const md5 = (text: string): string => createHash("md5").update(text).digest("hex");

function site(): string {
  const { dir, write } = scratchFolder("offline-revisions-");
  write("papers/b/index.html", "paper b");
  write("papers/a/index.html", "paper a");
  write("pagefind/s1/index/x.pf_index", "chunk");
  write("pagefind/s1/pagefind-entry.json", "{}");
  write("topics/t/index.html", "a listing, stored only once opened");
  return dir;
}

describe("offline revisions", () => {
  it("hash every file a reader can store, sorted by path, with its role and size", async () => {
    const dir = site();
    expect(await offlineRevisions(dir)).toEqual([
      { path: "pagefind/s1/index/x.pf_index", role: "search", revision: md5("chunk"), size: 5 },
      { path: "pagefind/s1/pagefind-entry.json", role: "shell", revision: md5("{}"), size: 2 },
      { path: "papers/a/index.html", role: "papers", revision: md5("paper a"), size: 7 },
      { path: "papers/b/index.html", role: "papers", revision: md5("paper b"), size: 7 },
    ]);
  });

  it("reuse a recorded revision only for a file the build left as it was", async () => {
    const dir = site();
    const cache = join(dir, "..", `${dir.split("/").at(-1)}-revisions.json`);
    await offlineRevisions(dir, cache);
    // A forged record shows whether a file was read again or its recorded revision reused.
    const recorded = JSON.parse(readFileSync(cache, "utf8")) as { files: Record<string, { revision: string }> };
    for (const entry of Object.values(recorded.files)) entry.revision = "recorded";
    writeFileSync(cache, JSON.stringify(recorded));
    writeFileSync(join(dir, "papers/b/index.html"), "paper B");
    // Same size and content length: only the modification time tells the rewrite apart.
    utimesSync(join(dir, "papers/b/index.html"), new Date(), new Date(Date.now() + 5000));
    const revisions = new Map((await offlineRevisions(dir, cache)).map((file) => [file.path, file.revision]));
    expect(revisions.get("papers/a/index.html")).toBe("recorded");
    expect(revisions.get("papers/b/index.html")).toBe(md5("paper B"));
  });
});
