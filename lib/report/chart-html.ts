/**
 * A chart in a report page: its vega-lite spec as JSON (embedded live by `assets/workbook.js`) and its SVG, kept as
 * the fallback when scripts are off and as what is printed. The chapters' pages get the same structure from the
 * nbconvert template (`scripts/nbconvert/workbook/index.html.j2`).
 */
import * as fs from "fs";
import * as path from "path";
import { escapeHtml } from "../display";

/**
 * JSON text made safe inside `<script type="application/json">`: `<`, `>`, `&` and the two Unicode line separators
 * written as escapes (the same as Jinja's `tojson`), so no string in the data can close the script.
 *
 * @example scriptJson('{"a":"</script>"}') // '{"a":"\\u003c/script\\u003e"}'
 */
export function scriptJson(json: string): string {
  return json
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The HTML of a chart: the spec for the live chart, an empty place for it, and the static SVG.
 *
 * @example chartHtml({ mark: "bar" }, "<svg>…</svg>", "05-hierarchy")
 * // '<figure class="wb-figure" id="chart-05-hierarchy"><div class="wb-chart">…'
 */
export function chartHtml(spec: unknown, svg: string, name: string): string {
  const files = ["svg", "png", "vl.json"]
    .map((ext) => `<a href="charts/${escapeHtml(name)}.${ext}">${ext === "vl.json" ? "spec" : ext.toUpperCase()}</a>`)
    .join(" · ");
  return [
    `<figure class="wb-figure" id="chart-${escapeHtml(name)}">`,
    '<div class="wb-chart">',
    `<script type="application/json" class="wb-spec">${scriptJson(JSON.stringify(spec))}</script>`,
    '<div class="wb-live"></div>',
    `<div class="wb-static">${svg.trim()}</div>`,
    "</div>",
    `<figcaption>Figure <code>${escapeHtml(name)}</code> (${files})</figcaption>`,
    "</figure>",
  ].join("\n");
}

/**
 * The HTML of a chart a chapter saved under `<outDir>/charts/` (`<name>.vl.json` and `.svg`), or null when the chapter
 * has not drawn it in this output folder.
 *
 * @example savedChartHtml("output", "05-hierarchy")?.includes("wb-spec") // true after chapter 05 ran
 */
export function savedChartHtml(outDir: string, name: string): string | null {
  const vl = path.join(outDir, "charts", `${name}.vl.json`);
  const svg = path.join(outDir, "charts", `${name}.svg`);
  if (!fs.existsSync(vl) || !fs.existsSync(svg)) return null;
  return chartHtml(JSON.parse(fs.readFileSync(vl, "utf8")), fs.readFileSync(svg, "utf8"), name);
}
