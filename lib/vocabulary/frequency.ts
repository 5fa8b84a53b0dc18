/** Word frequency lists: the counts keyness compares. */
import type { Tokenizer } from "./terms";

/** Word frequencies of a set of texts, with the total number of word tokens. */
export interface FrequencyList {
  counts: Map<string, number>;
  /** All word tokens (stop words included: they are part of the corpus size). */
  total: number;
}

/**
 * Counts normalized word forms over some texts. Tokens with no letter or digit (punctuation, if the tokenizer
 * yields any) are skipped and not counted in the total. `normalize` maps each token's norm to the form counted
 * (e.g. `stripPossessive` from `lib/units`, so that "kosovo's" counts as "kosovo").
 *
 * @example
 * frequencyList(["Kosovo's status and Kosovo."], tokenize, stripPossessive)
 * // { counts: Map { "kosovo" => 2, "status" => 1, "and" => 1 }, total: 4 }
 */
export function frequencyList(
  texts: string[],
  tokenize: Tokenizer,
  normalize: (norm: string) => string = (n) => n,
): FrequencyList {
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    for (const t of tokenize(text)) {
      const form = normalize(t.norm);
      if (!/[\p{L}\p{N}]/u.test(form)) continue;
      counts.set(form, (counts.get(form) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

/**
 * Adds frequency lists together (e.g. every group but one: the reference corpus of a group's keyness).
 *
 * @example mergeFrequencyLists([{ counts: new Map([["a", 1]]), total: 3 }, { counts: new Map([["a", 2]]), total: 4 }])
 * // { counts: Map { "a" => 3 }, total: 7 }
 */
export function mergeFrequencyLists(lists: FrequencyList[]): FrequencyList {
  const out: FrequencyList = { counts: new Map(), total: 0 };
  for (const l of lists) {
    out.total += l.total;
    for (const [w, n] of l.counts) out.counts.set(w, (out.counts.get(w) ?? 0) + n);
  }
  return out;
}
