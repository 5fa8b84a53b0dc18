/**
 * Chart-data shapers for the vocabulary stage: two-sided keyness bars and naming small multiples (data only; the
 * chart builders are in `lib/charts`).
 */
import { ArgumentError, byCodeUnit } from "../core";
import type { DispersedKeynessRow } from "../vocabulary/dispersed-keyness";
import { type KeynessRow, topKeywords } from "../vocabulary/keyness";
import type { NamingRow } from "../vocabulary/naming";

/** A bar of a two-sided keyness chart: positive = key for A, negative = key for B. */
export interface KeynessBar {
  label: string;
  value: number;
}

/**
 * Bars for the top `n` key words of each side (for `barChart(…, { diverging })` in `lib/charts`): the value is G²
 * (or Log Ratio), signed + for A and − for B.
 *
 * @example
 * const diverging = { positive: "2008–2011", negative: "2021–2024" };
 * barChart(keynessBars(rows, 12), { horizontal: true, diverging })
 */
export function keynessBars(rows: KeynessRow[], n: number, measure: "g2" | "logRatio" = "g2"): KeynessBar[] {
  const bars: KeynessBar[] = [];
  for (const r of topKeywords(rows, "A", n)) bars.push({ label: r.term, value: measure === "g2" ? r.g2 : r.logRatio });
  for (const r of topKeywords(rows, "B", n)) bars.push({ label: r.term, value: measure === "g2" ? -r.g2 : r.logRatio });
  return bars;
}

/**
 * Like {@link keynessBars}, with words whose key-side hits sit in one or two documents labelled so: "kosova (1 doc)".
 *
 * @example barChart(dispersedKeynessBars(rows, 12), { horizontal: true, diverging })
 */
export function dispersedKeynessBars(rows: DispersedKeynessRow[], n: number): KeynessBar[] {
  const byTerm = new Map(rows.map((r) => [r.term, r]));
  return keynessBars(rows, n).map((b) => {
    const r = byTerm.get(b.label);
    if (!r?.concentrated) return b;
    const docs = r.keyFor === "B" ? r.docsB : r.docsA;
    return { label: `${b.label} (${docs} doc${docs === 1 ? "" : "s"})`, value: b.value };
  });
}

/** A point for small multiples (`smallMultiples` in `lib/charts`): panel, x = year, y = count, line. */
export interface NamingPanelPoint {
  group: string;
  x: number;
  y: number;
  series: string;
}

/**
 * Naming rows (split "year-group") as small-multiple points: one panel per speaker group, one line per name (or,
 * with `panel: "name"`, one panel per name and one line per group). Cells without units are absent, so a line
 * breaks where a group did not speak; a line that is zero throughout its panel is dropped (`dropEmpty`, default
 * true).
 *
 * @example smallMultiples(namingPanels(namingRows(counts, names, "year-group")), { xYear: true })
 * @throws {ArgumentError} when the rows are not split by "year-group"
 */
export function namingPanels(
  rows: NamingRow[],
  panel: "group" | "name" = "group",
  labelOf: (key: string) => string = (k) => k,
  options: { dropEmpty?: boolean } = {},
): NamingPanelPoint[] {
  let out: NamingPanelPoint[] = [];
  for (const r of rows) {
    if (r.year === null || r.group === null)
      throw new ArgumentError(
        "namingPanels(rows)",
        'naming rows split by "year-group"',
        `a row with year ${r.year} and group ${r.group}`,
        'call namingRows(counts, names, "year-group")',
      );
    out.push(
      panel === "group"
        ? { group: labelOf(r.group), x: r.year, y: r.count, series: labelOf(r.name) }
        : { group: labelOf(r.name), x: r.year, y: r.count, series: labelOf(r.group) },
    );
  }
  if (options.dropEmpty ?? true) {
    const used = new Set(out.filter((p) => p.y > 0).map((p) => `${p.group}\u0000${p.series}`));
    out = out.filter((p) => used.has(`${p.group}\u0000${p.series}`));
  }
  return out.sort((a, b) => byCodeUnit(a.group, b.group) || byCodeUnit(a.series, b.series) || a.x - b.x);
}
