/**
 * Rendering a spec headless: vega-lite → vega → SVG (ids made unique per chart), then SVG → PNG with
 * resvg and the DejaVu fonts. vega and vega-lite (v5, CommonJS) are loaded on the first render.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import { ArgumentError, byCodeUnit } from "../core";
import { CHART_FONT, type VegaLiteSpec } from "./spec";

/** The few vega / vega-lite entry points used here (typed loosely to keep notebook compiles light). */
interface VegaModules {
  vega: {
    parse(spec: unknown): unknown;
    resetSVGDefIds(): void;
    View: new (runtime: unknown, opts: { renderer: string }) => { toSVG(): Promise<string>; finalize(): void };
  };
  vl: { compile(spec: unknown): { spec: unknown } };
}
let modules: VegaModules | null = null;

/** Loads vega and vega-lite once (≈130 ms), on the first render. */
function vegaModules(): VegaModules {
  if (!modules) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    modules = { vega: require("vega"), vl: require("vega-lite") };
  }
  return modules!;
}

/**
 * JSON with object keys sorted at every level, 2-space indent, trailing newline: the same spec always
 * gives the same bytes, however its objects were built.
 *
 * @example stableJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{\n  "a": [\n    2,\n …'
 */
export function stableJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort(byCodeUnit)) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) out[k] = sortKeys(x);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

/**
 * Renders a vega-lite spec to an SVG string, headless (vega-lite → vega → View with renderer "none").
 *
 * @example const svg = await renderSvg(barChart([{ label: "a", value: 1 }]));
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const { vega, vl } = vegaModules();
  let vgSpec: unknown;
  try {
    vgSpec = vl.compile(spec).spec;
  } catch (e) {
    throw new ArgumentError(
      "spec",
      "a vega-lite v5 spec that vega-lite can compile",
      (e as Error).message,
      "check the spec against https://vega.github.io/vega-lite/docs/",
    );
  }
  const view = new vega.View(vega.parse(vgSpec), { renderer: "none" });
  try {
    // vega numbers gradients and clip paths with process-wide counters: reset them, then prefix the ids
    // with a hash of the spec, so the same spec gives the same SVG and two charts on one page never clash.
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    const prefix = "c" + createHash("sha1").update(stableJson(spec)).digest("hex").slice(0, 8);
    return svg.replace(/(id="|url\(#)((?:p_)?gradient_\d+|clip\d+)/g, `$1${prefix}-$2`);
  } finally {
    view.finalize();
  }
}

const FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];

/** Options of resvg: DejaVu fonts when present (fast, reproducible), else the system fonts. */
function resvgOptions(scale: number): Record<string, unknown> {
  const dirs = FONT_DIRS.filter((d) => fs.existsSync(d));
  return {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: {
      loadSystemFonts: dirs.length === 0,
      fontDirs: dirs,
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
      serifFamily: "DejaVu Serif",
      monospaceFamily: "DejaVu Sans Mono",
    },
  };
}

/**
 * Rasterises an SVG to PNG with @resvg/resvg-js (DejaVu fonts, white background, `scale`× zoom, default 2).
 *
 * @example const png = renderPng(await renderSvg(spec)); // Buffer starting with the PNG signature
 */
export function renderPng(svg: string, scale = 2): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Resvg } = require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  return new Resvg(svg, resvgOptions(scale) as never).render().asPng();
}
