/**
 * Titles and abstracts with the bundled corpus's statistics: order-2 chains over titles and abstract sentences,
 * abstract lengths resampled from the real ones, and method names recombined from real ones (`Flash` + `Mamba`),
 * because real titles carry a long tail of unique names that a search index has to hold.
 */
import { compareCodePoints } from "../../../src/lib/order";
import { generateSequence, trainMarkov, type MarkovChain } from "./markov";
import type { Random } from "./prng";
import type { ReadEntry } from "./read-digest";

export interface TextModel {
  titles: MarkovChain;
  sentences: MarkovChain;
  abstractLengths: number[];
  namePieces: string[];
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z])/;
const NAME_WORD = /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*:?$/;
const CAMEL_PIECE = /[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+/g;

export function trainTextModel(entries: readonly ReadEntry[]): TextModel {
  const sentences = entries.flatMap((entry) => entry.abstract.split(SENTENCE_END));
  const namePieces = new Set<string>();
  for (const word of entries.flatMap((entry) => entry.title.split(/\s+/))) {
    if (!NAME_WORD.test(word)) continue;
    for (const piece of word.match(CAMEL_PIECE) ?? []) if (piece.length >= 2) namePieces.add(piece);
  }
  return {
    titles: trainMarkov(entries.map((entry) => entry.title)),
    sentences: trainMarkov(sentences),
    abstractLengths: entries.map((entry) => entry.abstract.split(/\s+/).length),
    namePieces: [...namePieces].sort(compareCodePoints),
  };
}

export function generateName(model: TextModel, random: Random): string {
  const name = random.pick(model.namePieces) + random.pick(model.namePieces);
  return random.chance(0.15) ? `${name}-${random.int(1, 9)}` : name;
}

/** A title from the chain, prefixed with a method name about as often as the bundled titles have one. */
export function generateTitle(model: TextModel, random: Random, forceName: boolean): string {
  const base = generateSequence(model.titles, random, 24).join(" ");
  if (!forceName && !random.chance(0.4)) return base;
  const colon = base.indexOf(": ");
  const rest = colon === -1 ? base : base.slice(colon + 2);
  return `${generateName(model, random)}: ${rest}`;
}

export function generateAbstract(model: TextModel, random: Random): string {
  const target = random.pick(model.abstractLengths);
  const sentences: string[] = [];
  let words = 0;
  while (words < target) {
    const sentence = generateSequence(model.sentences, random, 90);
    if (sentence.length === 0) continue;
    sentences.push(sentence.join(" "));
    words += sentence.length;
  }
  return sentences.join(" ");
}
