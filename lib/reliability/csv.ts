/** The reliability table as the CSV file `npm run reliability` writes, and the reasons for its NA cells. */
import { type Coefficient, formatCoefficient } from "./coefficient";
import type { MentionReliabilityRow } from "./mention-counts";
import type { ReliabilityRow } from "./table";

/** The exact columns of the reliability CSV. */
export const RELIABILITY_COLUMNS = [
  "theme",
  "units",
  "decisions",
  "agreement",
  "cohen_kappa",
  "scott_pi",
  "kripp_alpha",
  "gwet_ac1",
] as const;

/**
 * The reliability table as CSV text (columns `RELIABILITY_COLUMNS`, 3 decimals, "NA" when a
 * coefficient is not defined). `units` and `decisions` say what each row rests on: for `overall`, the
 * units behind the pooled decisions and the unit × theme decisions themselves.
 *
 * @example reliabilityCsv(reliabilityTable([a, b], themes))
 */
export function reliabilityCsv(rows: ReliabilityRow[], digits = 3): string {
  const lines = [RELIABILITY_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push(
      [
        r.theme,
        String(r.units),
        String(r.decisions),
        formatCoefficient(r.agreement, digits),
        formatCoefficient(r.cohenKappa, digits),
        formatCoefficient(r.scottPi, digits),
        formatCoefficient(r.krippAlpha, digits),
        formatCoefficient(r.gwetAC1, digits),
      ].join(","),
    );
  }
  return lines.join("\n") + "\n";
}

/**
 * Every "not defined" cell of a table with its reason, e.g. "unilateral kripp_alpha: …".
 *
 * @example undefinedCells(reliabilityTable([a, b], themes)).forEach((l) => console.error(l))
 */
export function undefinedCells(rows: ReliabilityRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const cells: Array<[string, Coefficient]> = [
      ["agreement", r.agreement],
      ["cohen_kappa", r.cohenKappa],
      ["scott_pi", r.scottPi],
      ["kripp_alpha", r.krippAlpha],
      ["gwet_ac1", r.gwetAC1],
    ];
    for (const [name, c] of cells) if (typeof c !== "number") out.push(`${r.theme} ${name}: ${c.reason}`);
  }
  return out;
}

/**
 * Count-level reliability as CSV: theme, units, each coder's total (`total_<coder>`), α interval,
 * α ratio, ICC(2,1); 3 decimals, "NA" when not defined.
 *
 * @example mentionReliabilityCsv(mentionReliability([a.mentions, b.mentions], themes), ["A", "B"])
 */
export function mentionReliabilityCsv(rows: MentionReliabilityRow[], coders: string[], digits = 3): string {
  const f = (c: Coefficient) => formatCoefficient(c, digits);
  const head = ["theme", "units", ...coders.map((c) => `total_${c}`), "alpha_interval", "alpha_ratio", "icc_2_1"];
  const lines = [head.join(",")];
  for (const r of rows)
    lines.push([r.theme, r.units, ...r.totals, f(r.alphaInterval), f(r.alphaRatio), f(r.icc)].join(","));
  return lines.join("\n") + "\n";
}
