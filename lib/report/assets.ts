/**
 * The files every report page loads, written once into `output/assets/`: the vega, vega-lite and vega-embed
 * runtimes from `node_modules` (with their licences), the page script that embeds each chart live from its spec, and
 * the workbook's stylesheet. Nothing a page loads comes from outside `output/`. (The JupyterLab stylesheet the
 * chapters use is written there by the HTML exporter, `scripts/execute_notebooks.py`, which knows where it is.)
 */
import * as fs from "fs";
import * as path from "path";
import { InputError, projectRoot, writeFileAtomic } from "../core";

/** A file of `output/assets/` and where it comes from (relative to the project root). */
export interface AssetSource {
  name: string;
  from: string;
}

/** The runtimes and their licences, from the installed packages. */
export const RUNTIMES: AssetSource[] = [
  { name: "vega.min.js", from: "node_modules/vega/build/vega.min.js" },
  { name: "vega-lite.min.js", from: "node_modules/vega-lite/build/vega-lite.min.js" },
  { name: "vega-embed.min.js", from: "node_modules/vega-embed/build/vega-embed.min.js" },
  { name: "LICENSE-vega.txt", from: "node_modules/vega/LICENSE" },
  { name: "LICENSE-vega-lite.txt", from: "node_modules/vega-lite/LICENSE" },
  { name: "LICENSE-vega-embed.txt", from: "node_modules/vega-embed/LICENSE" },
];

/** The workbook's own page script and stylesheet. */
export const PAGE_ASSETS: AssetSource[] = [
  { name: "workbook.js", from: "lib/report/assets/workbook.js" },
  { name: "workbook.css", from: "lib/report/assets/workbook.css" },
];

/**
 * Copies the runtimes and the page assets into `<outDir>/assets/` (a file already there with the same bytes is left
 * alone) and returns the paths of the files.
 *
 * @example writeAssets("output").map((f) => path.basename(f)) // ["vega.min.js", …, "workbook.css"]
 * @throws {InputError} naming a runtime that is not installed
 */
export function writeAssets(outDir: string, root: string = projectRoot()): string[] {
  const dir = path.join(outDir, "assets");
  return [...RUNTIMES, ...PAGE_ASSETS].map((a) => {
    const from = path.join(root, a.from);
    if (!fs.existsSync(from)) {
      throw new InputError({
        file: a.from,
        message: "is missing, so the report's charts cannot be embedded",
        fix: "install the project's packages (npm start does it)",
      });
    }
    const bytes = fs.readFileSync(from);
    const to = path.join(dir, a.name);
    if (!fs.existsSync(to) || !fs.readFileSync(to).equals(bytes)) writeFileAtomic(to, bytes);
    return to;
  });
}
