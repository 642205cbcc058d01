/** The site corpus of every real source sample (Hugging Face days, arXiv answers), through the real ingest. */
import { runIngest } from "../../../scripts/ingest/pipeline";
import type { Paper } from "../../../src/schema/paper";
import { assembleCorpus, type Corpus } from "../../../src/site/corpus";
import { sampleFiles, sampleInput } from "./samples";
import { shippedTaxonomy } from "./shipped-taxonomy";

export function sampleSiteCorpus(): Corpus<{ data: Paper }> {
  const inputs = [
    ...sampleFiles("hf-api", ".json").map((file) => sampleInput("hf-api", file)),
    ...sampleFiles("arxiv", ".xml").map((file) => sampleInput("arxiv", file)),
  ];
  const result = runIngest(inputs);
  return assembleCorpus(
    result.pages.map((page) => ({ data: page.data })),
    result.digests,
    shippedTaxonomy(),
  );
}
