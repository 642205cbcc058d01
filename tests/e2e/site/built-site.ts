/** Reads facts about a built site from its output folder (papers.json, HTML files) for the site specs. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { papersJsonSchema, type PapersJson } from "../../../src/schema/papers-json";

/** The built `papers.json`, checked against its published schema. */
export async function readPapersJson(outDir: string): Promise<PapersJson> {
  return papersJsonSchema.parse(JSON.parse(await readFile(join(outDir, "papers.json"), "utf8")));
}

/** Every file below `outDir`, as paths relative to it with `/` separators. */
export async function listFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}
