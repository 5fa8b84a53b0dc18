/**
 * Keyness that knows where the hits are: beside G² and Log Ratio over tokens, each word's range (documents using
 * it on each side), its dispersion over the documents of its key side (Gries's DP), keyness over documents (Fisher's
 * exact test on documents using the word against those not using it), Benjamini–Hochberg and Holm adjustments over
 * every word tested, and a flag for words whose key-side hits come from one or two documents — a fact about a
 * speech, not about a period.
 */
import { benjaminiHochberg, fisherExact, griesDP, holm } from "../stats";
import { type DocumentFrequencies, countsOf, toFrequencyList } from "./documents";
import { type KeynessOptions, type KeynessRow, keyness } from "./keyness";

/** A keyness row with its dispersion, keyness over documents and adjusted p-values. */
export interface DispersedKeynessRow extends KeynessRow {
  /** Documents using the word, and all documents, on each side. */
  docsA: number;
  docsB: number;
  totalDocsA: number;
  totalDocsB: number;
  /** Gries's DP over the documents of each side (0 = spread as the documents' sizes, near 1 = in one document). */
  dpA: number | null;
  dpB: number | null;
  /** The share of the key side's hits in its single most-using document. */
  topDocumentShare: number;
  /** The key side's hits come from at most `concentratedMax` documents. */
  concentrated: boolean;
  /** Fisher's exact p over documents: [[docsA, totalDocsA − docsA], [docsB, totalDocsB − docsB]]. */
  documentP: number;
  /** G²'s p adjusted over every word in the table (m = `family`): Benjamini–Hochberg and Holm. */
  pBH: number;
  pHolm: number;
  /** The documents' p adjusted by Benjamini–Hochberg over the same words. */
  documentPBH: number;
  /** The number of words tested (the m of the adjustments). */
  family: number;
}

/** Options of {@link dispersedKeyness}: those of `keyness` (no `alpha`: filter on `pBH` instead). */
export interface DispersedKeynessOptions extends Omit<KeynessOptions, "alpha"> {
  /** A word whose key-side hits come from this many documents or fewer is flagged (default 2). */
  concentratedMax?: number;
}

/**
 * Keyness of every word between two sets of documents, with range, dispersion, keyness over documents, adjusted
 * p-values and a concentration flag; sorted as `keyness` (G², then word).
 *
 * @example
 * const rows = dispersedKeyness(documentFrequencies(early, tokenize), documentFrequencies(late, tokenize),
 *   { minFreq: 5, stopwords: ENGLISH_STOPWORDS });
 * rows.find((r) => r.term === "kosova") // ungdc-kosovo, 2008–2011 vs 2021–2024: { docsB: 1, concentrated: true, … }
 */
export function dispersedKeyness(
  a: DocumentFrequencies,
  b: DocumentFrequencies,
  options: DispersedKeynessOptions = {},
): DispersedKeynessRow[] {
  const rows = keyness(toFrequencyList(a), toFrequencyList(b), options);
  const max = options.concentratedMax ?? 2;
  const enriched = rows.map((r) => {
    const va = countsOf(a, r.term);
    const vb = countsOf(b, r.term);
    const docsA = va.filter((v) => v > 0).length;
    const docsB = vb.filter((v) => v > 0).length;
    const key = r.keyFor === "B" ? vb : va;
    const keyHits = key.reduce((s, v) => s + v, 0);
    const keyDocs = r.keyFor === "B" ? docsB : docsA;
    return {
      ...r,
      docsA,
      docsB,
      totalDocsA: a.ids.length,
      totalDocsB: b.ids.length,
      dpA: a.ids.length
        ? (griesDP(
            va,
            a.sizes.map((s) => Math.max(1, s)),
          )?.dp ?? null)
        : null,
      dpB: b.ids.length
        ? (griesDP(
            vb,
            b.sizes.map((s) => Math.max(1, s)),
          )?.dp ?? null)
        : null,
      topDocumentShare: keyHits ? Math.max(...key) / keyHits : 0,
      concentrated: keyHits > 0 && keyDocs <= max,
      documentP: fisherExact([
        [docsA, a.ids.length - docsA],
        [docsB, b.ids.length - docsB],
      ]).p,
    };
  });
  const bh = benjaminiHochberg(enriched.map((r) => r.p));
  const hm = holm(enriched.map((r) => r.p));
  const docBh = benjaminiHochberg(enriched.map((r) => r.documentP));
  return enriched.map((r, i) => ({
    ...r,
    pBH: bh[i] as number,
    pHolm: hm[i] as number,
    documentPBH: docBh[i] as number,
    family: enriched.length,
  }));
}
