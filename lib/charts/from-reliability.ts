/**
 * Chart data from the reliability table: agreement (x) against Cohen's kappa (y), one point per
 * theme, for `scatterChart`. A theme far below the others at high agreement is nearly always
 * present or absent (the prevalence paradox). And α per theme with its interval and Krippendorff's
 * thresholds, for `intervalDots`.
 */
import type { ThemeIntervals } from "../reliability/intervals";
import { type CodeSupport, KRIPPENDORFF_THRESHOLDS, MIN_POSITIVE_CODES } from "../reliability/support";
import type { ReliabilityRow } from "../reliability/table";
import type { ScatterPoint } from "./scatter";

/**
 * Points for a chart of agreement (x) against Cohen's kappa (y), one per row with both defined.
 *
 * @example scatterChart(agreementKappaPoints(rows), { xTitle: "agreement", yTitle: "Cohen's κ" })
 */
export function agreementKappaPoints(rows: ReliabilityRow[]): ScatterPoint[] {
  return rows
    .filter((r) => typeof r.agreement === "number" && typeof r.cohenKappa === "number")
    .map((r) => ({ label: r.theme, x: r.agreement as number, y: r.cohenKappa as number }));
}

/** What a chart of agreement against kappa needs: labelled points, axis domains and a caption. */
export interface AgreementKappaChart {
  points: ScatterPoint[];
  xDomain: [number, number];
  yDomain: [number, number];
  caption: string;
}

/**
 * Chart data for agreement (x) against Cohen's kappa (y), one point per theme (not `overall`).
 * Themes at the same spot share one point labelled "N themes" (named in the caption) so labels do
 * not overprint; the axes start a little below the lowest value (at most at 0.5 and 0).
 *
 * @example
 * const c = agreementKappaChart(rows);
 * scatterChart(c.points, { xDomain: c.xDomain, yDomain: c.yDomain, caption: c.caption });
 */
export function agreementKappaChart(rows: ReliabilityRow[]): AgreementKappaChart {
  const groups = new Map<string, { x: number; y: number; themes: string[] }>();
  for (const p of agreementKappaPoints(rows.filter((r) => r.theme !== "overall"))) {
    const k = `${p.x.toFixed(6)}|${p.y.toFixed(6)}`;
    if (!groups.has(k)) groups.set(k, { x: p.x, y: p.y, themes: [] });
    groups.get(k)!.themes.push(p.label);
  }
  const points = [...groups.values()].map((g) => ({
    label: g.themes.length > 2 ? `${g.themes.length} themes` : g.themes.join(", "),
    x: g.x,
    y: g.y,
  }));
  const shared = [...groups.values()]
    .filter((g) => g.themes.length > 2)
    .map(
      (g) => `${g.themes.length} themes at agreement ${g.x.toFixed(3)}, κ ${g.y.toFixed(3)}: ${g.themes.join(", ")}`,
    );
  const missing = rows.filter((r) => r.theme !== "overall" && typeof r.cohenKappa !== "number").map((r) => r.theme);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const low = (v: number[], cap: number) =>
    v.length ? Math.min(cap, Math.floor((Math.min(...v) - 0.05) * 10) / 10) : cap;
  const caption = [
    "Each point is a theme; far below the others at high agreement means a theme nearly always present or absent.",
    ...shared.map((s) => s + "."),
    missing.length ? `κ not defined (not drawn): ${missing.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { points, xDomain: [low(xs, 0.5), 1], yDomain: [low(ys, 0), 1], caption };
}

/** What a chart of α per theme with its interval needs: points, the themes left out and why, a caption. */
export interface AlphaIntervalChart {
  points: Array<{ label: string; value: number; lower: number; upper: number }>;
  rules: Array<{ value: number; label: string }>;
  xDomain: [number, number];
  caption: string;
}

/**
 * Krippendorff's α per theme with its bootstrap interval, for `intervalDots`, with his thresholds (0.667, 0.800)
 * as reference lines. Themes with no positive code or no interval are left out and named in the caption; a theme
 * resting on fewer than three positive codes is labelled "⚠".
 *
 * @example
 * const c = alphaIntervalChart(themeIntervals(codes, themes, { seed: 2024 }), codeSupport(codes, themes));
 * intervalDots(c.points, { rules: c.rules, xDomain: c.xDomain, caption: c.caption })
 */
export function alphaIntervalChart(intervals: ThemeIntervals[], support: CodeSupport[]): AlphaIntervalChart {
  const supportOf = (theme: string) => support.find((s) => s.theme === theme);
  const points: AlphaIntervalChart["points"] = [];
  const left: string[] = [];
  for (const t of intervals) {
    const s = supportOf(t.theme);
    if (typeof t.krippAlpha !== "number" || !("lower" in t.alphaInterval) || s?.positiveCodes === 0) {
      left.push(t.theme);
      continue;
    }
    const few = s !== undefined && s.positiveCodes < MIN_POSITIVE_CODES;
    points.push({
      label: few ? `${t.theme} ⚠` : t.theme,
      value: t.krippAlpha,
      lower: t.alphaInterval.lower,
      upper: t.alphaInterval.upper,
    });
  }
  const { tentative, reliable } = KRIPPENDORFF_THRESHOLDS;
  const low = Math.min(0, ...points.map((p) => p.lower));
  const caption = [
    `Krippendorff's α per theme with its bootstrap interval; dashed lines at ${tentative} (below: discard) and ` +
      `${reliable.toFixed(3)} (from here: rely).`,
    points.some((p) => p.label.endsWith("⚠")) ? "⚠: fewer than three positive codes." : "",
    left.length ? `Not drawn (no positive code or no interval): ${left.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    points,
    rules: [
      { value: tentative, label: `${tentative}` },
      { value: reliable, label: reliable.toFixed(3) },
    ],
    xDomain: [Math.floor(low * 10) / 10, 1],
    caption,
  };
}
