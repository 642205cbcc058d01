/**
 * An order-2 word-level Markov chain. Generated text keeps the bundled abstracts' word frequencies, phrase
 * structure and vocabulary growth, which is what drives the size of a search index. Words are interned as numbers
 * because string-keyed lookups made a 50k-paper corpus take several times longer to generate.
 */
import type { Random } from "./prng";

const START = 0;
const END = 1;

export interface MarkovChain {
  /** Word of each id; ids 0 and 1 are the start and end markers. */
  readonly words: readonly string[];
  /** Next-word ids keyed by `previous * words.length + current`; repeats in a list encode the weights. */
  readonly transitions: ReadonlyMap<number, readonly number[]>;
}

export function trainMarkov(sequences: readonly string[]): MarkovChain {
  const words = ["", ""];
  const ids = new Map<string, number>();
  const intern = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.push(word) - 1;
      ids.set(word, id);
    }
    return id;
  };
  const encoded = sequences.map((sequence) => [
    START,
    START,
    ...sequence.split(/\s+/).filter(Boolean).map(intern),
    END,
  ]);
  const transitions = new Map<number, number[]>();
  for (const sequence of encoded) {
    for (let i = 2; i < sequence.length; i++) {
      const key = (sequence[i - 2] ?? START) * words.length + (sequence[i - 1] ?? START);
      const next = sequence[i] ?? END;
      const list = transitions.get(key);
      if (list) list.push(next);
      else transitions.set(key, [next]);
    }
  }
  return { words, transitions };
}

/** One sequence from the chain, cut at `maxWords` (the chain ends most sequences earlier, as the training text did). */
export function generateSequence(chain: MarkovChain, random: Random, maxWords: number): string[] {
  const out: string[] = [];
  const size = chain.words.length;
  let previous = START;
  let current = START;
  while (out.length < maxWords) {
    const options = chain.transitions.get(previous * size + current);
    if (!options) break;
    const next = random.pick(options);
    if (next === END) break;
    out.push(chain.words[next] ?? "");
    previous = current;
    current = next;
  }
  return out;
}
