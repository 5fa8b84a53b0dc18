/**
 * Charts: vega-lite 5 spec builders (plain data in → spec out), headless rendering to SVG and PNG,
 * and saving a chart under `output/charts/`.
 *
 * Every builder returns a vega-lite spec whose `title` is the chart's title and whose `description`
 * is its one-line caption — what the reader should see. `captionOf(spec)` reads it back.
 * Inputs are plain arrays of records; the field names are documented on each record type.
 * The same data always gives the same spec (fixed key order, sorted categories), and
 * `saveChart` writes byte-identical files for the same spec.
 *
 *   chartSpec, captionOf, titleOf, wrapLines   spec.ts               what every chart is
 *   decimalYear, periodLayers                  time-axis.ts          the timelines' shared axis
 *   hierarchyBars                              hierarchy.ts          presence and mentions per theme
 *   heatmap                                    heatmap.ts            unit × theme grid (groupShareCells:
 *                                                                     a group × theme grid of shares)
 *   prevalenceLines                            prevalence.ts         share per year, over periods; a click lists
 *                                                                     the passages of a year
 *   passageListView                            passage-list.ts       a list of passages under a chart's selection
 *   loadEvents                                 events.ts             data/events.csv
 *   stanceTimeline, yearlyMeans                stance.ts             stance over time, with events; a brushed
 *                                                                     span lists its passages
 *   periodComparison                           period-comparison.ts  shares per period with intervals
 *   smallMultiples                             small-multiples.ts    one panel per group
 *   barChart, lineChart, scatterChart          bar.ts, line.ts, scatter.ts
 *   intervalDots                               interval-dots.ts      estimates with intervals and reference lines
 *   renderSvg, renderPng, stableJson           render.ts             headless rendering
 *   saveChart, checkChartName                  save.ts               output/charts/<name>.vl.json|.svg|.png
 *
 * Chart data shaped from a stage's results lives in `from-<stage>.ts` (e.g. `agreementKappaChart`
 * in `from-reliability.ts`; `passageRows` in `from-coding.ts` and `stancePoints` in `from-timeline.ts`: the units
 * behind the points of the unit-level charts, for their tooltips and passage lists).
 */
export * from "./spec";
export * from "./time-axis";
export * from "./hierarchy";
export * from "./heatmap";
export * from "./prevalence";
export * from "./events";
export * from "./stance";
export * from "./period-comparison";
export * from "./small-multiples";
export * from "./bar";
export * from "./line";
export * from "./scatter";
export * from "./interval-dots";
export * from "./render";
export * from "./save";
export * from "./from-counts";
export * from "./from-timeline";
export * from "./from-reliability";
export * from "./from-vocabulary";
export * from "./from-coding";
export * from "./passage-list";
export { stancePoints } from "./from-timeline";
