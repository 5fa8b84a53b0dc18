/** Saving a chart under `output/charts/`: its vega-lite spec, SVG and PNG, written atomically. */
import { ArgumentError, outputPath, writeFileAtomic } from "../core";
import { renderPng, renderSvg, stableJson } from "./render";
import type { VegaLiteSpec } from "./spec";

/** The files `saveChart` wrote. */
export interface SavedChart {
  /** Path of the vega-lite spec, `output/charts/<name>.vl.json`. */
  vl: string;
  svg: string;
  png: string;
}

/**
 * Checks a chart name: letters, digits, `-`, `_`, `.`, starting with a letter or digit.
 *
 * @example checkChartName("05-hierarchy") // ok; checkChartName("../x") throws
 */
export function checkChartName(name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.length > 120) {
    throw new ArgumentError(
      "chart name",
      "letters, digits, '-', '_' or '.', starting with a letter or digit (at most 120 characters)",
      name,
      'e.g. "03-hierarchy"',
    );
  }
}

/**
 * Renders a spec and writes `output/charts/<name>.vl.json`, `.svg` and `.png` atomically.
 * The same spec gives byte-identical files. Returns the paths (and the SVG, to display it without re-rendering).
 *
 * @example
 * const files = await saveChart(hierarchyBars(counts), "03-hierarchy");
 * files.png // "<output folder>/charts/03-hierarchy.png"
 */
export async function saveChart(spec: VegaLiteSpec, name: string): Promise<SavedChart & { svgText: string }> {
  checkChartName(name);
  const svgText = await renderSvg(spec);
  const png = renderPng(svgText);
  const files: SavedChart = {
    vl: outputPath("charts", `${name}.vl.json`),
    svg: outputPath("charts", `${name}.svg`),
    png: outputPath("charts", `${name}.png`),
  };
  writeFileAtomic(files.vl, stableJson(spec));
  writeFileAtomic(files.svg, svgText);
  writeFileAtomic(files.png, png);
  return { ...files, svgText };
}
