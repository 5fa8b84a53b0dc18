/**
 * Table shapers for the vocabulary stage: keyness tables as CSV and, with dispersion and adjusted p-values, as rows
 * for `showTable` (formatting only, no analysis).
 */
import type { DispersedKeynessRow } from "../vocabulary/dispersed-keyness";
import type { KeynessRow } from "../vocabulary/keyness";
import { formatFixed } from "./numbers";
import { formatP } from "./timeline";

/**
 * A keyness table as CSV with fixed decimals (same rows → same bytes), for `writeFileAtomic`.
 *
 * @example writeFileAtomic(outputPath("keyness-2008-2011-vs-2021-2024.csv"), keynessCsv(rows))
 * // "term,freq_a,freq_b,per10k_a,per10k_b,key_for,g2,p,chi2,chi2_p,log_ratio\ndialogue,5,0,2500.00,0.00,A,7.648,…"
 */
export function keynessCsv(rows: KeynessRow[]): string {
  const head = "term,freq_a,freq_b,per10k_a,per10k_b,key_for,g2,p,chi2,chi2_p,log_ratio";
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = rows.map((r) =>
    [
      q(r.term),
      r.freqA,
      r.freqB,
      r.per10kA.toFixed(2),
      r.per10kB.toFixed(2),
      r.keyFor,
      r.g2.toFixed(3),
      r.p.toExponential(3),
      r.chi2.toFixed(3),
      r.chi2P.toExponential(3),
      formatFixed(r.logRatio, 3),
    ].join(","),
  );
  return [head, ...lines].join("\n") + "\n";
}

/** How the key side's hits spread over its documents: "⚠ 10 hits in 1 document" when concentrated. */
function spread(r: DispersedKeynessRow): string {
  const hits = r.keyFor === "B" ? r.freqB : r.freqA;
  const docs = r.keyFor === "B" ? r.docsB : r.docsA;
  const text = `${hits} hit${hits === 1 ? "" : "s"} in ${docs} document${docs === 1 ? "" : "s"}`;
  return r.concentrated ? `⚠ ${text}` : text;
}

/**
 * Rows for `showTable` from `dispersedKeyness`: frequencies, range ("documents using / documents") and Gries's DP
 * on each side, G² with its p and the Benjamini–Hochberg p over every word tested (m beside it), keyness over
 * documents (Fisher p and its BH p), Log Ratio, and where the key side's hits are, flagged when in one or two
 * documents.
 *
 * @example dispersedKeynessRows(topKeywords(rows, "B", 15), { a: "2008–2011", b: "2021–2024" })[1]
 * // { word: "kosova", "2008–2011": 0, "2021–2024": 10, …, "hits": "⚠ 10 hits in 1 document" }
 */
export function dispersedKeynessRows(
  rows: DispersedKeynessRow[],
  labels: { a: string; b: string },
): Array<Record<string, string | number>> {
  return rows.map((r) => ({
    word: r.term,
    [labels.a]: r.freqA,
    [labels.b]: r.freqB,
    [`documents ${labels.a}`]: `${r.docsA}/${r.totalDocsA}`,
    [`documents ${labels.b}`]: `${r.docsB}/${r.totalDocsB}`,
    "DP (key side)": formatFixed(r.keyFor === "B" ? r.dpB : r.dpA, 2),
    G2: formatFixed(r.g2, 2),
    p: formatP(r.p),
    "p BH": `${formatP(r.pBH)} (m = ${r.family})`,
    "documents p": formatP(r.documentP),
    "documents p BH": formatP(r.documentPBH),
    "Log Ratio": formatFixed(r.logRatio, 2),
    hits: spread(r),
  }));
}

/**
 * A dispersed keyness table as CSV with fixed decimals (same rows → same bytes): the columns of `keynessCsv`, then
 * range, DP, keyness over documents, the adjusted p-values and the concentration flag.
 *
 * @example writeFileAtomic(outputPath("tables", "07-keyness.csv"), dispersedKeynessCsv(rows))
 */
export function dispersedKeynessCsv(rows: DispersedKeynessRow[]): string {
  const head =
    "term,freq_a,freq_b,per10k_a,per10k_b,key_for,g2,p,chi2,chi2_p,log_ratio," +
    "docs_a,docs_b,total_docs_a,total_docs_b,dp_a,dp_b,top_document_share,concentrated,document_p,p_bh,p_holm," +
    "document_p_bh,family";
  const base = keynessCsv(rows).split("\n").slice(1, -1);
  const dp = (x: number | null) => (x === null ? "" : x.toFixed(4));
  const lines = rows.map((r, i) =>
    [
      base[i],
      r.docsA,
      r.docsB,
      r.totalDocsA,
      r.totalDocsB,
      dp(r.dpA),
      dp(r.dpB),
      r.topDocumentShare.toFixed(4),
      r.concentrated ? 1 : 0,
      r.documentP.toExponential(3),
      r.pBH.toExponential(3),
      r.pHolm.toExponential(3),
      r.documentPBH.toExponential(3),
      r.family,
    ].join(","),
  );
  return [head, ...lines].join("\n") + "\n";
}
