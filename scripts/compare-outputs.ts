/**
 * Compares two runs of the workbook: every chart spec, every coding CSV and every table or chart
 * the executed chapters show. Used to check that a refactoring changed no result.
 *
 *   npx tsx scripts/compare-outputs.ts <before folder> <after folder>
 *
 * A folder is what `npm start -- --out <folder>` writes (charts/, notebooks/), optionally with the
 * coding CSVs of `npm run code` beside it. Compared:
 *   - charts/*.vl.json: byte for byte;
 *   - *.csv at the folder's top level and in tables/: byte for byte;
 *   - notebooks/*.ipynb: the outputs each chapter displays (tables as HTML and text, markdown, chart
 *     specs), as one ordered list per chapter — the cells that produce them may have moved.
 * Stream output (progress lines, timings) is not compared; paths of temporary folders are masked, and so are
 * where a run found a corpus ("Read from: archive" or "cache") and the one line that says which General
 * Debate archive was read (the full archive or the embedded subset: everything else must be the same on
 * both). Exit status 0 when all are equal, 1 with a list of the differences otherwise.
 */
import * as fs from "fs";
import * as path from "path";
import { ARCHIVE_LINE_START } from "../lib/corpus/archive-line";

const SHOWN_MIME = ["text/html", "text/plain", "text/markdown", "application/vnd.vegalite.v5+json"];

/** A temporary folder's path (chapter 09 shows its scratch copy's random name). */
const TEMP_PATH = /\/tmp\/[^\s`'"<>]+/g;

/** The line naming the General Debate archive read (chapter 01): the full archive or the embedded subset. */
const ARCHIVE_LINE = new RegExp(`${ARCHIVE_LINE_START}[^\n]*`, "g");

/** Where this run found a corpus (chapter 01): the archive, the cache, or the in-process memo — run state. */
const READ_FROM = /Read from: (archive|cache|memo|folder)\./g;

interface Notebook {
  cells: Array<{ cell_type: string; outputs?: Array<{ output_type: string; data?: Record<string, unknown> }> }>;
}

/** The displayed outputs of an executed notebook, one string per output and MIME type. */
export function shownOutputs(nb: Notebook): string[] {
  const out: string[] = [];
  for (const cell of nb.cells) {
    for (const o of cell.outputs ?? []) {
      if (o.output_type !== "display_data" && o.output_type !== "execute_result") continue;
      for (const mime of SHOWN_MIME) {
        const v = o.data?.[mime];
        if (v === undefined) continue;
        const text = typeof v === "string" ? v : Array.isArray(v) ? v.join("") : JSON.stringify(v);
        const masked = text
          .replace(TEMP_PATH, "<temporary folder>")
          .replace(ARCHIVE_LINE, "<archive read>")
          .replace(READ_FROM, "Read from: <archive or cache>.");
        out.push(`${mime}: ${masked}`);
      }
    }
  }
  return out;
}

function files(dir: string, ext: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `at character ${i}:\n      before: …${a.slice(from, i + 80)}…\n      after:  …${b.slice(from, i + 80)}…`;
}

function compareBytes(label: string, before: string, after: string, diffs: string[]): void {
  if (!fs.existsSync(after)) return void diffs.push(`${label}: missing after`);
  const a = fs.readFileSync(before, "utf8");
  const b = fs.readFileSync(after, "utf8");
  if (a !== b) diffs.push(`${label}: differs ${firstDifference(a, b)}`);
}

export function compareRuns(before: string, after: string): { compared: number; diffs: string[] } {
  const diffs: string[] = [];
  let compared = 0;
  for (const f of files(path.join(before, "charts"), ".vl.json")) {
    compared++;
    compareBytes(`charts/${f}`, path.join(before, "charts", f), path.join(after, "charts", f), diffs);
  }
  for (const f of files(path.join(after, "charts"), ".vl.json")) {
    if (!fs.existsSync(path.join(before, "charts", f))) diffs.push(`charts/${f}: new after`);
  }
  for (const sub of ["", "tables"]) {
    for (const f of files(path.join(before, sub), ".csv")) {
      compared++;
      compareBytes(path.join(sub, f), path.join(before, sub, f), path.join(after, sub, f), diffs);
    }
  }
  for (const f of files(path.join(before, "notebooks"), ".ipynb")) {
    const afterFile = path.join(after, "notebooks", f);
    if (!fs.existsSync(afterFile)) {
      diffs.push(`notebooks/${f}: missing after`);
      continue;
    }
    const a = shownOutputs(JSON.parse(fs.readFileSync(path.join(before, "notebooks", f), "utf8")));
    const b = shownOutputs(JSON.parse(fs.readFileSync(afterFile, "utf8")));
    compared += a.length;
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (a[i] === b[i]) continue;
      if (a[i] === undefined || b[i] === undefined) {
        diffs.push(`notebooks/${f}: ${a.length} outputs before, ${b.length} after`);
        break;
      }
      diffs.push(`notebooks/${f}, output ${i + 1}: ${firstDifference(a[i], b[i])}`);
    }
  }
  return { compared, diffs };
}

function main(): number {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error("usage: npx tsx scripts/compare-outputs.ts <before folder> <after folder>");
    return 2;
  }
  const { compared, diffs } = compareRuns(before, after);
  for (const d of diffs) console.log(d);
  console.log(`compare-outputs: ${compared} outputs compared, ${diffs.length} difference(s)`);
  return diffs.length ? 1 : 0;
}

if (require.main === module) process.exit(main());
