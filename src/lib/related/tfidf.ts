/**
 * TF-IDF vectors over title and abstract. Title terms count several times, terms found in a large share of the
 * corpus are dropped (they cost the most in the index and say the least), and term ids follow first appearance.
 */
import { normalize, type SparseVector } from "./sparse-vector";
import { forEachWord, termOfWord } from "./tokenize";

export interface TfIdfDocument {
  title: string;
  abstract: string;
}

export interface TfIdfOptions {
  /** How many abstract occurrences one title occurrence is worth (a whole number). */
  titleWeight: number;
  /** Terms present in more than this share of documents are ignored... */
  maxDocumentShare: number;
}

/** ...but never those in this few documents: a small corpus keeps its vocabulary and IDF alone weighs it. */
const MIN_FREQUENCY_CAP = 50;

/** Distinct term ids of one document, increasing, with their weighted counts. */
interface TermCounts {
  terms: Int32Array;
  counts: Int32Array;
}

export function tfIdfVectors(documents: readonly TfIdfDocument[], options: TfIdfOptions): SparseVector[] {
  const vocabulary = new Vocabulary();
  const counts = documents.map((document) => termCounts(document, options.titleWeight, vocabulary));
  const documentFrequency = new Int32Array(vocabulary.size);
  for (const { terms } of counts)
    for (const term of terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  const maxFrequency = Math.max(MIN_FREQUENCY_CAP, Math.floor(options.maxDocumentShare * documents.length));
  return counts.map((documentCounts) => weigh(documentCounts, documentFrequency, maxFrequency, documents.length));
}

/** Word → term id in one lookup (−1 for dropped words); distinct words that share a term share its id. */
class Vocabulary {
  private readonly idOfWord = new Map<string, number>();
  private readonly idOfTerm = new Map<string, number>();

  get size(): number {
    return this.idOfTerm.size;
  }

  idOf(word: string): number {
    let id = this.idOfWord.get(word);
    if (id === undefined) {
      const term = termOfWord(word);
      id = term === null ? -1 : this.termId(term);
      this.idOfWord.set(word, id);
    }
    return id;
  }

  private termId(term: string): number {
    let id = this.idOfTerm.get(term);
    if (id === undefined) this.idOfTerm.set(term, (id = this.idOfTerm.size));
    return id;
  }
}

/**
 * Term ids of a document (title ones repeated `titleWeight` times), sorted and run-length counted: typed arrays
 * instead of a map per document, since this runs for every document of the corpus.
 */
function termCounts(document: TfIdfDocument, titleWeight: number, vocabulary: Vocabulary): TermCounts {
  const ids: number[] = [];
  forEachWord(document.title, (word) => {
    const id = vocabulary.idOf(word);
    for (let copy = 0; id >= 0 && copy < titleWeight; copy++) ids.push(id);
  });
  forEachWord(document.abstract, (word) => {
    const id = vocabulary.idOf(word);
    if (id >= 0) ids.push(id);
  });
  return runLengths(Int32Array.from(ids).sort());
}

function runLengths(sorted: Int32Array): TermCounts {
  const terms: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const term = sorted[i] ?? 0;
    if (i > 0 && term === sorted[i - 1]) counts[counts.length - 1] = (counts.at(-1) ?? 0) + 1;
    else {
      terms.push(term);
      counts.push(1);
    }
  }
  return { terms: Int32Array.from(terms), counts: Int32Array.from(counts) };
}

/** Sublinear term frequency times inverse document frequency, unit length; over-common terms left out. */
function weigh(
  { terms, counts }: TermCounts,
  documentFrequency: Int32Array,
  maxFrequency: number,
  documentCount: number,
): SparseVector {
  const keptTerms: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] ?? 0;
    const frequency = documentFrequency[term] ?? 0;
    if (frequency > maxFrequency) continue;
    keptTerms.push(term);
    weights.push((1 + Math.log(counts[i] ?? 1)) * Math.log(documentCount / frequency));
  }
  return normalize({ terms: Int32Array.from(keptTerms), weights: Float64Array.from(weights) });
}
