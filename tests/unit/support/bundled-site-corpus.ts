/** Whatever `content/digests/` holds, ingested in memory and joined as the site sees it, with the shipped taxonomy. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runIngest } from "../../../scripts/ingest/pipeline";
import { compareCodePoints } from "../../../src/lib/order";
import { assembleCorpus, type Corpus } from "../../../src/site/corpus";
import type { Paper } from "../../../src/schema/paper";
import { shippedTaxonomy } from "./shipped-taxonomy";

const DIGESTS = path.resolve(import.meta.dirname, "../../../content/digests");

export function bundledSiteCorpus(): Corpus<{ data: Paper }> {
  const files = readdirSync(DIGESTS, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort(compareCodePoints);
  const result = runIngest(
    files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(DIGESTS, file))) })),
  );
  return assembleCorpus(
    result.pages.map((page) => ({ data: page.data })),
    result.digests,
    shippedTaxonomy(),
  );
}
