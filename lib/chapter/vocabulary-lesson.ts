/**
 * Chapter 07's steps and checks: China's line under the silence table, the keyness summary and its caption, who uses
 * a term most, silences that rest on few passages, who uses a name most.
 */
import type { DocumentFrequencies, DispersedKeynessRow, KwicRow, NamingRow, SilenceRow } from "../vocabulary";

/** The key with the largest count (the first in code-unit order on a tie), or null. */
function largest(counts: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    if (best === null || n > (counts.get(best) as number)) best = k;
  return best;
}

/**
 * What the silence table says of China: its reading per list, or — when China has no passage in the corpus — that
 * the corpus cannot test the paper's claim of China's silences.
 *
 * @example chinaSilenceLine(silences, "China", [2008, 2024]) // "**China has no Kosovo passage in …"
 */
export function chinaSilenceLine(rows: SilenceRow[], china: string, years: [number, number]): string {
  const own = rows.filter((r) => r.group === china);
  if (own.every((r) => r.units === 0))
    return (
      `**China has no Kosovo passage in the General Debate ${years.join("–")}.** This corpus cannot test the ` +
      `paper's claim that China never says "normalization" or never mentions the ICJ opinion: the claim is about ` +
      "the study's own corpus (MFA answers, Security Council statements), which is not in the repository. What " +
      "the table does show is the baseline such a silence would be read against."
    );
  return own.map((r) => `China, **${r.list}**: ${r.reading}.`).join("  \n");
}

/**
 * The keyness step in one paragraph: each period's passages and words, the family of words tested (m), how many
 * pass p < 0.05 before and after Benjamini–Hochberg and Holm, and how many are flagged ⚠.
 *
 * @example keynessSummary({ label: "2008–2011" }, { label: "2021–2024" }, A, B, key)
 */
export function keynessSummary(
  early: { label: string },
  late: { label: string },
  A: DocumentFrequencies,
  B: DocumentFrequencies,
  key: DispersedKeynessRow[],
): string {
  const n = (f: (r: DispersedKeynessRow) => boolean) => key.filter(f).length;
  return (
    `${early.label}: **${A.ids.length}** passages, ${A.total} words · ${late.label}: **${B.ids.length}** passages, ` +
    `${B.total} words · **${key.length}** words with 5+ hits (the family, m): ${n((r) => r.p < 0.05)} reach ` +
    `p < 0.05, ${n((r) => r.pBH < 0.05)} after Benjamini–Hochberg, ${n((r) => r.pHolm < 0.05)} after Holm; ` +
    `${n((r) => r.concentrated)} have their key-side hits in one or two passages (⚠).`
  );
}

/**
 * The caption of a key-word table: what its columns are, and m, the family every p BH is adjusted over.
 *
 * @example keynessNote(key) // "G² over word tokens; p BH: Benjamini–Hochberg over m = 412 words; …"
 */
export function keynessNote(key: DispersedKeynessRow[]): string {
  return (
    `G² over word tokens; p BH: Benjamini–Hochberg over m = ${key.length} words; "documents" = passages using the ` +
    "word, of all passages; documents p BH: Fisher's test over passages, adjusted; ⚠ = the key side's hits are in " +
    "one or two passages. DP, the unadjusted p-values and Holm's are in the CSV under output/tables/."
  );
}

/**
 * The speaker group with the most concordance lines.
 *
 * @example mostHitsGroup(kwic(units, ["dialogue"], tokenize, { groupOf: groupLabel })) // "Albania"
 */
export function mostHitsGroup(lines: KwicRow[]): string | null {
  const n = new Map<string, number>();
  for (const l of lines) n.set(l.group, (n.get(l.group) ?? 0) + 1);
  return largest(n);
}

/**
 * How many silences rest on fewer passages than the table's `minUnits` (flagged few).
 *
 * @example fewSilences(silenceTable(counts, lists, groups, { minUnits: 10 })) // 3
 */
export function fewSilences(rows: SilenceRow[]): number {
  return rows.filter((r) => r.silent && r.fewUnits).length;
}

/**
 * The group whose sentences use a name of the Kosovo side most often.
 *
 * @example topNamer(namingRows(counts, names, "group"), "name_kosovo_and_metohija") // "Serbia"
 */
export function topNamer(naming: NamingRow[], name: string): string | null {
  const n = new Map<string, number>();
  for (const r of naming) if (r.name === name && r.group !== null) n.set(r.group, (n.get(r.group) ?? 0) + r.count);
  return [...n.values()].some((x) => x > 0) ? largest(n) : null;
}
