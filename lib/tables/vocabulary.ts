/** Table shapers for the vocabulary stage: a keyness table as CSV (formatting only, no analysis). */
import type { KeynessRow } from "../vocabulary/keyness";

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
      r.logRatio.toFixed(3),
    ].join(","),
  );
  return [head, ...lines].join("\n") + "\n";
}
