/**
 * A corpus's human coding folder, `data/coding/<corpus>/`: the coders' sheets, and the decisions and
 * gold files when present.
 */
import * as fs from "fs";
import * as path from "path";
import { byCodeUnit, fromProjectRoot, projectRoot } from "../core";
import { loadSheet, type Sheet } from "./parse";

/**
 * Where a corpus's human coding lives: `data/coding/<corpus>/`, or the folder named by the
 * environment variable `WORKBOOK_CODING` (to run the chapter on another set of sheets).
 *
 * @example codingFolder("ungdc-kosovo") // "<project root>/data/coding/ungdc-kosovo"
 */
export function codingFolder(corpus: string, root: string = projectRoot()): string {
  const env = (process.env.WORKBOOK_CODING ?? "").trim();
  return env ? path.resolve(env) : path.join(root, "data", "coding", corpus);
}

/** File names in a coding folder that are not coders' sheets. */
const NOT_SHEETS = /^(decisions|gold|disagreements|reliability|validation)([-_.].*)?\.csv$/i;

/** The human coding of a corpus: the coders' sheets, and the decisions and gold files when present. */
export interface CodingFolder {
  dir: string;
  sheets: Sheet[];
  /** `decisions.csv` in the folder, or null. */
  decisionsFile: string | null;
  /** `gold.csv` in the folder, or null. */
  goldFile: string | null;
}

/**
 * Loads a coding folder: every `*.csv` is a coder's sheet except `decisions.csv`, `gold.csv`,
 * `disagreements*.csv`, `reliability*.csv` and `validation*.csv`; sheets in name order. A missing
 * folder gives no sheets (the chapter then says how to make them).
 *
 * @example loadCodingFolder(codingFolder("ungdc-kosovo"), themeKeys(loadCodebook())).sheets.length
 * @throws {InputError} or {ValidationError} from the first sheet that cannot be read
 */
export function loadCodingFolder(given: string, themeKeys: string[]): CodingFolder {
  const dir = fromProjectRoot(given); // a relative path from the project root, as in a notebook
  if (!fs.existsSync(dir)) return { dir, sheets: [], decisionsFile: null, goldFile: null };
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort(byCodeUnit);
  const sheets = names.filter((f) => !NOT_SHEETS.test(f)).map((f) => loadSheet(path.join(dir, f), { themeKeys }));
  const has = (f: string) => (names.includes(f) ? path.join(dir, f) : null);
  return { dir, sheets, decisionsFile: has("decisions.csv"), goldFile: has("gold.csv") };
}
