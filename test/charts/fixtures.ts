/** Invented chart data shared by the charts tests, every builder's spec, and a counter of drawn marks. */
import {
  barChart,
  heatmap,
  hierarchyBars,
  lineChart,
  loadEvents,
  periodComparison,
  prevalenceLines,
  scatterChart,
  smallMultiples,
  stanceTimeline,
  type VegaLiteSpec,
} from "../../lib/charts";

// Invented data only.
export const PERIODS = [
  { label: "2008–2011", from: 2008, to: 2011 },
  { label: "2012–2020", from: 2012, to: 2020 },
  { label: "2021–2024", from: 2021, to: 2024 },
];
export const COUNTS = [
  { theme: "dialogue", presence: 4, mentions: 4 },
  { theme: "us_nato", presence: 1, mentions: 2 },
  { theme: "sovereignty", presence: 5, mentions: 9 },
  { theme: "un_authority", presence: 4, mentions: 6 },
];
export const HEAT = ["u1", "u2", "u3"].flatMap((unit, i) =>
  ["sovereignty", "dialogue"].map((theme, j) => ({ unit, theme, value: (i + j) % 3 })),
);
export const SHARES = [2008, 2010, 2013, 2016, 2022].flatMap((year, i) => [
  { year, theme: "dialogue", share: 1 - 0.2 * i, units: i + 1 },
  { year, theme: "unilateral", share: 0.2 * i, units: i + 1 },
]);
export const STANCE = [
  { id: "x1", date: "2009-01-05", year: 2009, stance: 0 },
  { id: "x2", date: "2009-06-30", year: 2009, stance: 1 / 3 },
  { id: "x3", date: null, year: 2015, stance: 2 / 3 },
  { id: "x4", date: "2022-05-01", year: 2022, stance: 1 },
];
export const PERIOD_SHARES = [
  { period: "2008–2011", theme: "dialogue", share: 0.8, low: 0.6, high: 0.9, n: 10 },
  { period: "2021–2024", theme: "dialogue", share: 0.5, low: 0.3, high: 0.7, n: 12 },
  { period: "2008–2011", theme: "unilateral", share: 0.1, low: 0.02, high: 0.3, n: 10 },
  { period: "2021–2024", theme: "unilateral", share: 0.6, low: 0.4, high: 0.8, n: 12 },
];
export const PANELS = ["SRB", "CHN", "RUS"].flatMap((group, g) =>
  [2008, 2012, 2016].map((x, i) => ({ group, x, y: g + i })),
);

/** Every builder, with invented data. */
export function allSpecs(): Record<string, VegaLiteSpec> {
  return {
    hierarchy: hierarchyBars(COUNTS, { units: 6 }),
    heatmap: heatmap(HEAT, { measure: "mentions" }),
    prevalence: prevalenceLines(SHARES, PERIODS),
    stance: stanceTimeline(STANCE, loadEvents(), { periods: PERIODS }),
    periods: periodComparison(PERIOD_SHARES),
    multiples: smallMultiples(PANELS, { xYear: true, title: "Invented panels" }),
    perYear: barChart(
      [
        { label: "2009", value: 5 },
        { label: "2008", value: 3 },
      ],
      { sort: "label", title: "Units per year" },
    ),
    keyness: barChart(
      [
        { label: "w1", value: 3.5 },
        { label: "w2", value: -2 },
        { label: "w3", value: 1 },
      ],
      { horizontal: true, diverging: { positive: "China", negative: "others" } },
    ),
    paperVsCorpus: barChart(
      [
        { label: "dialogue", value: 0.79, group: "paper" },
        { label: "dialogue", value: 0.6, group: "corpus" },
        { label: "sovereignty", value: 0.8, group: "paper" },
        { label: "sovereignty", value: 0.7, group: "corpus" },
      ],
      { format: ".0%" },
    ),
    lines: lineChart(
      [
        { x: 2008, y: 1, series: "A" },
        { x: 2009, y: 2, series: "A" },
        { x: 2008, y: 2, series: "B" },
        { x: 2009, y: 0, series: "B" },
      ],
      { xYear: true },
    ),
    scatter: scatterChart(
      [
        { label: "dialogue", x: 0.9, y: 0.2 },
        { label: "sovereignty", x: 0.95, y: 0.8 },
      ],
      { xDomain: [0, 1], yDomain: [-1, 1] },
    ),
  };
}

/** Item counts of each rendered mark of a type (rect, rule, symbol, line, text), in SVG order. */
export function markItems(svg: string, type: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`<g class="mark-${type} role-mark[^"]*"`, "g");
  let m: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: the usual exec loop
  while ((m = re.exec(svg))) {
    const body = svg.slice(m.index + m[0].length, svg.indexOf("</g>", m.index));
    out.push((body.match(/<(path|line|text)\b/g) ?? []).length);
  }
  return out;
}
