/**
 * The search records file, `search-records.jsonl` beside the paper pages: one Pagefind custom record per line, in
 * the corpus's newest-first order. The ingest writes it with the rest of the derived corpus; the indexer streams it,
 * so only one line is held at a time however large the corpus.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { SearchRecord } from "../../src/lib/search/search-record";

export function serializeRecords(records: readonly SearchRecord[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}

/** Yields the records of a file; a line that is not a record fails naming the file and line. */
export async function* readRecords(file: string): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text === "") continue;
    const record = parseRecord(text);
    if (!record) throw new Error(`${file}:${line}: not a search record; run \`npm run ingest\` to rewrite it`);
    yield record;
  }
}

function parseRecord(text: string): SearchRecord | undefined {
  try {
    const value = JSON.parse(text) as Partial<SearchRecord> | null;
    return typeof value?.url === "string" && typeof value.content === "string" ? (value as SearchRecord) : undefined;
  } catch {
    return undefined;
  }
}
