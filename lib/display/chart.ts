/** Showing a chart: saved as files, then ONE display with its vega-lite spec, SVG and a text fallback. */
import { captionOf, type SavedChart, saveChart, titleOf, type VegaLiteSpec } from "../charts";
import { display, type MimeBundle, VEGALITE_MIME } from "./bundle";
import { escapeMarkdown } from "./escape";

/** A saved chart and its display bundle (what `showChart` shows). */
export interface PreparedChart {
  name: string;
  title: string;
  caption: string;
  /** The three-MIME bundle (vega-lite spec, SVG, text). */
  bundle: MimeBundle;
  files: SavedChart;
}

/**
 * The display bundle of a chart: the vega-lite spec (interactive in JupyterLab / VS Code), the rendered
 * SVG (for viewers without vega) and a text fallback (title and caption).
 *
 * @example
 * chartBundle(spec, svg, "Themes — sovereignty leads")
 * // { "application/vnd.vegalite.v5+json": spec, "image/svg+xml": svg, "text/plain": "Themes — sovereignty leads" }
 */
export function chartBundle(spec: VegaLiteSpec, svg: string, text: string): MimeBundle {
  return { [VEGALITE_MIME]: spec, "image/svg+xml": svg, "text/plain": text };
}

/**
 * Saves a chart (`output/charts/<name>.vl.json|.svg|.png`) and builds its display bundle, without showing it.
 * The caption defaults to the builder's (`spec.description`). `showChart` is this plus the display.
 *
 * @example
 * const c = await prepareChart(hierarchyBars(counts), "03-hierarchy");
 * c.files.png // "<output folder>/charts/03-hierarchy.png"
 */
export async function prepareChart(spec: VegaLiteSpec, name: string, caption?: string): Promise<PreparedChart> {
  const saved = await saveChart(spec, name);
  const title = titleOf(spec);
  const cap = caption ?? captionOf(spec);
  const text = [title, cap].filter((s) => s !== "").join("\n") || name;
  const bundle = chartBundle(spec, saved.svgText, text);
  return { name, title, caption: cap, bundle, files: { vl: saved.vl, svg: saved.svg, png: saved.png } };
}

/**
 * Shows a chart in the notebook — ONE display carrying the vega-lite spec, the SVG and a text fallback —
 * followed by its caption as a Markdown line, and saves it as `output/charts/<name>.vl.json|.svg|.png`.
 * Outside a notebook it only saves. Returns nothing, so a notebook cell ending with it prints nothing
 * (use `prepareChart` or `saveChart` for the file paths).
 *
 * @example await showChart(hierarchyBars(counts), "03-hierarchy");
 */
export async function showChart(spec: VegaLiteSpec, name: string, caption?: string): Promise<void> {
  const c = await prepareChart(spec, name, caption);
  if (display(c.bundle) && c.caption !== "") {
    display({
      "text/markdown": `*Figure \`${name}\`: ${escapeMarkdown(c.caption)}*`,
      "text/plain": `Figure ${name}: ${c.caption}`,
    });
  }
}
