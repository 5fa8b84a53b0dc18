/**
 * Table shapers for the timeline stage: prevalence cells, period tests, trend tests and rates as rows for
 * `showTable`, and the one format of a p-value (formatting only, no analysis).
 */
import type { PeriodTest, ThemeTrend } from "../timeline/changes";
import type { PrevalenceCell } from "../timeline/prevalence";
import type { RateCell } from "../timeline/rates";
import type { StanceCell } from "../timeline/stance";
import { formatShare } from "./counts";
import { formatEstimate, formatFixed } from "./numbers";

/**
 * Formats a p-value for a table: three decimals, "<0.001" below, "–" when there is no test.
 *
 * @example formatP(0.48571) // "0.486"
 * @example formatP(0.0002) // "<0.001"
 */
export function formatP(p: number | null): string {
  if (p === null || Number.isNaN(p)) return "–";
  return p < 0.001 ? "<0.001" : p.toFixed(3);
}

/**
 * Rows for `showTable` from prevalence cells: one row per cell with "present / units" and the share.
 *
 * @example prevalenceRows(prevalenceByPeriod(rows, periods, ["unilateral"]))[0]
 * // { period: "2008–2011", theme: "unilateral", present: "0 / 3", share: "0.0%", mentions: 0 }
 */
export function prevalenceRows(cells: PrevalenceCell[], keyName = "period"): Array<Record<string, string | number>> {
  return cells.map((c) => ({
    [keyName]: c.key,
    theme: c.theme,
    present: `${c.present} / ${c.units}`,
    share: formatShare(c.share),
    mentions: c.mentions,
  }));
}

/**
 * A wide table: one row per cell key (year or period), one column per theme ("present/units"), plus the units.
 *
 * @example prevalenceWide(prevalenceByPeriod(rows, periods, ["dialogue", "unilateral"]))[0]
 * // { period: "2008–2011", units: 3, dialogue: "2/3", unilateral: "0/3" }
 */
export function prevalenceWide(cells: PrevalenceCell[], keyName = "period"): Array<Record<string, string | number>> {
  const out: Array<Record<string, string | number>> = [];
  for (const c of cells) {
    let row = out.find((r) => r[keyName] === c.key);
    if (!row) {
      row = { [keyName]: c.key, units: c.units };
      out.push(row);
    }
    row[c.theme] = c.units === 0 ? "–" : `${c.present}/${c.units}`;
  }
  return out;
}

/**
 * Rows for `showTable` from `periodTests`: counts, shares, difference (Newcombe's interval) and odds ratio (the
 * conditional MLE with its exact interval, or "(HA)" when the Haldane–Anscombe correction was asked for) with CIs,
 * the three p-values, the smallest expected count and the caveats. No "-0.00": a zero has no sign.
 *
 * @example periodTestRows(periodTests(rows, periods, ["unilateral"]))[0]["Fisher p"] // "0.100"
 */
export function periodTestRows(tests: PeriodTest[]): Array<Record<string, string | number>> {
  const share = (x: number, n: number) => formatShare(n ? x / n : null);
  return tests.map((t) => ({
    theme: t.theme,
    change: `${t.earlier} → ${t.later}`,
    earlier: `${t.earlierPresent}/${t.earlierUnits} (${share(t.earlierPresent, t.earlierUnits)})`,
    later: `${t.laterPresent}/${t.laterUnits} (${share(t.laterPresent, t.laterUnits)})`,
    "difference [95% CI]": formatEstimate(t.riskDifference, 2),
    "odds ratio [95% CI]":
      t.oddsRatio === null ? "–" : formatEstimate(t.oddsRatio, 2) + (t.oddsRatio.haldane ? " (HA)" : ""),
    "Fisher p": formatP(t.fisher?.p ?? null),
    "χ² p": formatP(t.chiSquare.p),
    "χ² Yates p": formatP(t.chiSquareYates.p),
    "min expected": t.chiSquare.minExpected.toFixed(2),
    caveats: t.caveats.join("; "),
  }));
}

/**
 * Rows for `showTable` from `trendTests`: the cells the test used (or their span, beyond 8), z, χ² and p.
 *
 * @example trendRows(trendTests(rows, ["unilateral"], { periods }))[0]
 * // { theme: "unilateral", cells: "2008–2011 0/3 · …", z: "2.12", … }
 */
export function trendRows(trends: ThemeTrend[]): Array<Record<string, string | number>> {
  return trends.map((t) => ({
    theme: t.theme,
    cells:
      t.cells.length <= 8
        ? t.cells.map((c) => `${c.key} ${c.present}/${c.units}`).join(" · ")
        : `${t.cells.length} years, ${t.cells[0].key}–${t.cells[t.cells.length - 1].key}`,
    units: t.units,
    z: formatFixed(t.z, 2),
    "χ² (1 df)": t.chiSquare === null ? "–" : t.chiSquare.toFixed(2),
    p: formatP(t.p),
    direction: t.z === null ? "no variation" : t.z > 0 ? "rising" : "falling",
  }));
}

/**
 * A wide table of rates: one row per cell, one column per theme (mentions per 1,000 words, 2 decimals), plus units
 * and words.
 *
 * @example rateWide(mentionRates(rows, wordsOf, PRINCIPLE_THEMES, decades(1971, 2024)))[0]
 */
export function rateWide(cells: RateCell[], keyName = "period"): Array<Record<string, string | number>> {
  const out: Array<Record<string, string | number>> = [];
  for (const c of cells) {
    let row = out.find((r) => r[keyName] === c.key);
    if (!row) {
      row = { [keyName]: c.key, units: c.units, words: c.words };
      out.push(row);
    }
    row[c.theme] = c.per1000 === null ? "–" : c.per1000.toFixed(2);
  }
  return out;
}

/**
 * Rows for `showTable` from `stanceBy`: the year (or period), the group, its units and mean stance (two decimals, no
 * "-0.00"), and for years the range.
 *
 * @example stanceRows(stanceBy(stances), "year")[0]
 * // { year: "1989", group: "China", units: 1, "mean stance": "0.33", range: "0.33 … 0.33" }
 */
export function stanceRows(cells: StanceCell[], key: "year" | "period"): Array<Record<string, string | number>> {
  return cells.map((c) => ({
    [key]: c.key,
    group: c.group,
    units: c.units,
    "mean stance": formatFixed(c.mean, 2),
    ...(key === "year" ? { range: `${formatFixed(c.min, 2)} … ${formatFixed(c.max, 2)}` } : {}),
  }));
}
