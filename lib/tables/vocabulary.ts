/**
 * Table shapers for the vocabulary stage: keyness tables as CSV and, with dispersion and adjusted p-values, as rows
 * for `showTable` (formatting only, no analysis).
 */
import type { DispersedKeynessRow } from "../vocabulary/dispersed-keyness";
import type { KeynessRow } from "../vocabulary/keyness";
import type { NamingRow, UnitSize } from "../vocabulary/naming";
import type { SilenceRow } from "../vocabulary/usage";
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
 * documents. `brief` leaves out DP, the token p and the document p (the CSV keeps them), and m beside p BH (say it
 * in the caption).
 *
 * @example dispersedKeynessRows(topKeywords(rows, "B", 15), { a: "2008–2011", b: "2021–2024" })[1]
 * // { word: "kosova", "2008–2011": 0, "2021–2024": 10, …, "hits": "⚠ 10 hits in 1 document" }
 */
export function dispersedKeynessRows(
  rows: DispersedKeynessRow[],
  labels: { a: string; b: string },
  opts: { brief?: boolean } = {},
): Array<Record<string, string | number>> {
  return rows.map((r) => {
    const row: Record<string, string | number> = {
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
    };
    if (opts.brief) {
      for (const k of ["DP (key side)", "p", "documents p"]) delete row[k];
      row["p BH"] = formatP(r.pBH); // m, the same on every row, goes in the caption
    }
    return row;
  });
}

/**
 * Rows for `showTable` from `silenceTable`: each group's own use of a list beside all the others' use, whether its
 * zero is a silence against that baseline, and the reading.
 *
 * @example silenceTableRows(silenceTable(counts, ["icj"], groups))[0]
 * // { list: "icj", group: "China", passages: 0, "passages using": 0, …, silence: "", reading: "no passages …" }
 */
export function silenceTableRows(rows: SilenceRow[]): Array<Record<string, string | number>> {
  return rows.map((r) => ({
    list: r.list,
    group: r.group,
    passages: r.units,
    "passages using": r.unitsUsing,
    sentences: r.hits,
    "others: passages using": `${r.otherUnitsUsing} of ${r.otherUnits}`,
    "others: sentences": r.otherHits,
    silence: r.silent ? "yes" : "",
    reading: r.reading,
  }));
}

/**
 * Rows for `showTable` from `unitSizes`: group, passages, words.
 *
 * @example unitSizeRows(unitSizes(units, groupLabel, groups))[0] // { group: "China", passages: 0, words: 0 }
 */
export function unitSizeRows(sizes: UnitSize[]): Array<{ group: string; passages: number; words: number }> {
  return sizes.map((s) => ({ group: s.key, passages: s.units, words: s.words }));
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

/**
 * The naming table wide: one row per name (its label), one column per speaker group with the sentences using it
 * (0 where a group has none).
 *
 * @example namingByGroupRows(namingRows(counts, names, "group"), names, ["China", "Serbia"], labelOf)[0]
 * // { name: "Kosovo and Metohija", China: 0, Serbia: 41 }
 */
export function namingByGroupRows(
  naming: NamingRow[],
  names: string[],
  groups: string[],
  labelOf: (name: string) => string = (n) => n,
): Array<Record<string, string | number>> {
  return names.map((n) => {
    const row: Record<string, string | number> = { name: labelOf(n) };
    for (const g of groups) row[g] = naming.find((r) => r.name === n && r.group === g)?.count ?? 0;
    return row;
  });
}

/**
 * Key words of one side against another as rows for `showTable`: the word, its count on each side (columns named
 * after the sides), G², p and the Log Ratio.
 *
 * @example sidesKeywordRows(topKeywords(rows, "A", 12), "Serbia", "EU")
 * // [{ word: "sovereignty", Serbia: 30, EU: 2, G2: 31.5, p: "<0.001", "Log Ratio": 3.1 }, …]
 */
export function sidesKeywordRows(
  rows: KeynessRow[],
  nameA: string,
  nameB: string,
): Array<Record<string, string | number>> {
  return rows.map((r) => ({
    word: r.term,
    [nameA]: r.freqA,
    [nameB]: r.freqB,
    G2: r.g2,
    p: formatP(r.p),
    "Log Ratio": r.logRatio,
  }));
}
