/** The hierarchy of themes: presence and mentions per theme, as grouped horizontal bars. */
import { byCodeUnit } from "../core";
import { type ChartText, chartSpec, legendFilter, type VegaLiteSpec } from "./spec";

/**
 * One theme's pair of bars in `hierarchyBars`: presence and mentions, e.g.
 * { theme: "sovereignty", presence: 66, mentions: 132 }.
 */
export interface ThemeBar {
  /** Theme key from the codebook. */
  theme: string;
  /** Label shown on the axis (defaults to the key). */
  label?: string;
  /** Units in which the theme is present. */
  presence: number;
  /** Sentences expressing the theme. */
  mentions: number;
}

/** Measure name of the presence bars in the legend of `hierarchyBars`. */
export const PRESENCE_LABEL = "presence (units)";
/** Measure name of the mentions bars in the legend of `hierarchyBars`. */
export const MENTIONS_LABEL = "mentions (sentences)";

/**
 * The hierarchy of themes: per theme, presence (units) and mentions (sentences) as grouped horizontal bars,
 * themes sorted by presence (then mentions, then name). One bar per theme and measure.
 *
 * @example
 * hierarchyBars([{ theme: "sovereignty", presence: 3, mentions: 5 }, { theme: "dialogue", presence: 2, mentions: 2 }],
 *   { title: "Themes in the invented corpus" })
 */
export function hierarchyBars(counts: ThemeBar[], opts: ChartText & { units?: number } = {}): VegaLiteSpec {
  const sorted = [...counts].sort(
    (a, b) => b.presence - a.presence || b.mentions - a.mentions || byCodeUnit(a.theme, b.theme),
  );
  const labels = sorted.map((c) => c.label ?? c.theme);
  const values: Record<string, unknown>[] = [];
  for (const c of sorted) {
    values.push({ theme: c.label ?? c.theme, measure: PRESENCE_LABEL, value: c.presence });
    values.push({ theme: c.label ?? c.theme, measure: MENTIONS_LABEL, value: c.mentions });
  }
  const top = sorted[0];
  const of = opts.units !== undefined ? ` of ${opts.units} units` : "";
  const caption =
    opts.caption ??
    (top
      ? `${top.label ?? top.theme} leads: present in ${top.presence}${of}, ${top.mentions} mentions; ` +
        `${sorted.length} themes, most to least present.`
      : "No themes to show.");
  return chartSpec(opts.title ?? "Themes: presence and mentions", caption, {
    width: opts.width ?? 420,
    data: { values },
    params: legendFilter("measure").params,
    mark: { type: "bar", tooltip: true },
    encoding: {
      opacity: legendFilter("measure").opacity,
      y: { field: "theme", type: "nominal", sort: labels, title: opts.yTitle ?? "theme" },
      yOffset: { field: "measure", type: "nominal", sort: [PRESENCE_LABEL, MENTIONS_LABEL] },
      x: { field: "value", type: "quantitative", title: opts.xTitle ?? "count" },
      color: {
        field: "measure",
        type: "nominal",
        sort: [PRESENCE_LABEL, MENTIONS_LABEL],
        title: "measure",
        legend: { orient: "bottom" },
      },
    },
  });
}
