/** Reads facts about a built site from its output folder (papers.json, HTML files) for the site specs. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

export interface PapersJson {
  site: string;
  topics: { slug: string; name: string; count: number }[];
  digests: { id: string; papers: string[] }[];
  papers: { slug: string; title: string; related: string[]; topics: string[] }[];
}

export async function readPapersJson(outDir: string): Promise<PapersJson> {
  return JSON.parse(await readFile(join(outDir, "papers.json"), "utf8")) as PapersJson;
}

/** Every file below `outDir`, as paths relative to it with `/` separators. */
export async function listFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}
