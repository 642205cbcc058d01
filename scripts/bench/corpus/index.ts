/** The generator's entry: train on the bundled digests, then generate a corpus of N papers. */
import { generateCorpus, DEFAULT_CORPUS_OPTIONS, type CorpusGenerator, type CorpusOptions } from "./generate";
import { measureListingStats } from "./listing-stats";
import { trainTextModel } from "./text-model";
import { loadTrainingSet } from "./training-set";

export { writeDigests } from "./write-corpus";
export type { CorpusGenerator } from "./generate";

export function generateCorpusFrom(
  trainingDir: string,
  papers: number,
  overrides: Partial<Omit<CorpusOptions, "papers">> = {},
): CorpusGenerator {
  const training = loadTrainingSet(trainingDir);
  const source = { model: trainTextModel(training.entries), stats: measureListingStats(training.layoutAEntries) };
  return generateCorpus(source, { ...DEFAULT_CORPUS_OPTIONS, ...overrides, papers });
}
