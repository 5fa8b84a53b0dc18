/**
 * Word frequencies kept per document (a speech, a passage): what dispersion and keyness over documents need, and
 * what a plain frequency list loses — that all ten hits of a word may sit in one speech.
 */
import type { FrequencyList } from "./frequency";
import type { Tokenizer } from "./terms";

/** Word counts per document, with each document's size in word tokens. */
export interface DocumentFrequencies {
  ids: string[];
  /** Word tokens per document, in `ids` order. */
  sizes: number[];
  /** For each word, its count in each document that uses it (document index → count). */
  counts: Map<string, Map<number, number>>;
  /** All word tokens. */
  total: number;
}

/**
 * Counts normalized word forms per document, as `frequencyList` does for the whole set (tokens without a letter
 * or digit are skipped and not counted).
 *
 * @example
 * documentFrequencies([{ id: "a", body: "Kosova and Kosova." }, { id: "b", body: "Kosovo." }], tokenize)
 * // { ids: ["a", "b"], sizes: [3, 1], counts: Map { "kosova" => Map { 0 => 2 }, … }, total: 4 }
 */
export function documentFrequencies(
  docs: Array<{ id: string; body: string }>,
  tokenize: Tokenizer,
  normalize: (norm: string) => string = (n) => n,
): DocumentFrequencies {
  const counts = new Map<string, Map<number, number>>();
  const sizes: number[] = [];
  docs.forEach((d, i) => {
    let size = 0;
    for (const t of tokenize(d.body)) {
      const form = normalize(t.norm);
      if (!/[\p{L}\p{N}]/u.test(form)) continue;
      let per = counts.get(form);
      if (!per) {
        per = new Map();
        counts.set(form, per);
      }
      per.set(i, (per.get(i) ?? 0) + 1);
      size++;
    }
    sizes.push(size);
  });
  return { ids: docs.map((d) => d.id), sizes, counts, total: sizes.reduce((a, b) => a + b, 0) };
}

/**
 * The plain frequency list of a set of documents (their counts summed).
 *
 * @example toFrequencyList(documentFrequencies(docs, tokenize)).total // 4
 */
export function toFrequencyList(d: DocumentFrequencies): FrequencyList {
  const counts = new Map<string, number>();
  for (const [w, per] of d.counts)
    counts.set(
      w,
      [...per.values()].reduce((a, b) => a + b, 0),
    );
  return { counts, total: d.total };
}

/**
 * A word's count in every document, in `ids` order (0 where absent).
 *
 * @example countsOf(documentFrequencies(docs, tokenize), "kosova") // [2, 0]
 */
export function countsOf(d: DocumentFrequencies, word: string): number[] {
  const per = d.counts.get(word);
  return d.ids.map((_, i) => per?.get(i) ?? 0);
}
