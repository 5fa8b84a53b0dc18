/**
 * The gold standard: the coders' agreed codes plus each adjudicated decision, written as
 * `id,theme,value,source,reason` (at sentence level `id,sentence,theme,value,source,reason`) and
 * read back with its values checked.
 */
import { stringify } from "csv-stringify/sync";
import { type Problem, ValidationError } from "../core";
import { blankRecord, headerOf, readCsv } from "./csv";
import type { Decision } from "./decisions";
import { checkCoders, codersValues, commonIds, findDisagreements } from "./disagreements";
import type { Sheet } from "./parse";

/** One gold-standard code. */
export interface GoldRow {
  id: string;
  /** Sentence-level gold: the sentence's number in its unit (absent at unit level). */
  sentence?: number;
  theme: string;
  value: 0 | 1;
  source: "agreed" | "adjudicated";
  /** The adjudicator's one-line reason; "" for agreed codes. */
  reason: string;
}

/** Columns of the gold file. */
export const GOLD_COLUMNS = ["id", "theme", "value", "source", "reason"] as const;

const keyOf = (id: string, theme: string) => `${id}\u0000${theme}`;

/** Decisions that settle nothing: about a unit not in every sheet, or a cell the coders agreed on. */
function pointlessDecisions(sheets: Sheet[], decisions: Decision[], open: Set<string>, file: string): Problem[] {
  const idSet = new Set(commonIds(sheets));
  const problems: Problem[] = [];
  for (const d of decisions) {
    if (open.has(keyOf(d.id, d.theme))) continue;
    if (!idSet.has(d.id)) {
      problems.push({
        file,
        line: d.line,
        column: "id",
        message: `unit ${d.id} is not in every coding sheet`,
        fix: "remove the row, or code the unit in every sheet",
      });
    } else {
      const v = sheets[0].codes[d.id][d.theme];
      problems.push({
        file,
        line: d.line,
        column: "value",
        message:
          `the coders agree on ${d.id} × ${d.theme} (${v === null ? "all blank" : v}); ` +
          "there is nothing to adjudicate",
        fix: "remove the row (to overrule an agreed code, have the coders revise their sheets)",
      });
    }
  }
  return problems;
}

/**
 * The gold standard: for every unit in all sheets and every theme, the coders' common value, or
 * the decision for a disagreement. Throws a `ValidationError` listing every disagreement that has
 * no decision (with the coders' values), and every decision about a cell the coders agreed on.
 * Cells no coder coded are left out. Sorted by id, then theme in `themeKeys` order.
 *
 * @example buildGold([ana, ben], decisions, ["dialogue"], "decisions.csv")
 * @param decisionsFile the decisions file's name, for the problems
 * @throws {ValidationError} listing every missing or pointless decision
 */
export function buildGold(
  sheets: Sheet[],
  decisions: Decision[],
  themeKeys: string[],
  decisionsFile = "decisions.csv",
): GoldRow[] {
  checkCoders(sheets);
  const ds = findDisagreements(sheets, themeKeys);
  const open = new Map(ds.map((d) => [keyOf(d.id, d.theme), d]));
  const byKey = new Map(decisions.map((d) => [keyOf(d.id, d.theme), d]));
  const problems: Problem[] = [];
  for (const [key, d] of open) {
    if (!byKey.has(key)) {
      problems.push({
        file: decisionsFile,
        message: `no decision for ${d.id} × ${d.theme} (${codersValues(d, ", ")})`,
        fix: `add a row "${d.id},${d.theme},<0 or 1>,<one-line reason>"`,
      });
    }
  }
  problems.push(...pointlessDecisions(sheets, decisions, new Set(open.keys()), decisionsFile));
  if (problems.length) throw new ValidationError(`adjudication (${decisionsFile})`, problems);
  const gold: GoldRow[] = [];
  for (const id of commonIds(sheets)) {
    for (const theme of themeKeys) {
      const key = keyOf(id, theme);
      const dec = byKey.get(key);
      if (open.has(key) && dec) {
        gold.push({ id, theme, value: dec.value, source: "adjudicated", reason: dec.reason });
        continue;
      }
      const v = sheets[0].codes[id][theme];
      if (v === null || v === undefined) continue;
      gold.push({ id, theme, value: v, source: "agreed", reason: "" });
    }
  }
  return gold;
}

/**
 * The gold standard as CSV: `id,theme,value,source,reason`, or with a `sentence` column after `id`
 * when the rows are sentence-level.
 *
 * @example goldCsv(buildGold(sheets, decisions, themes))
 */
export function goldCsv(rows: GoldRow[]): string {
  const sentences = rows.length > 0 && rows[0].sentence !== undefined;
  const head = sentences ? ["id", "sentence", ...GOLD_COLUMNS.slice(1)] : [...GOLD_COLUMNS];
  const cells = (r: GoldRow) => [r.theme, String(r.value), r.source, r.reason];
  const body = rows.map((r) => (sentences ? [r.id, String(r.sentence), ...cells(r)] : [r.id, ...cells(r)]));
  return stringify([head, ...body], { record_delimiter: "\n" });
}

/**
 * Reads a gold file written by `goldCsv`, checking values and duplicates.
 *
 * @example parseGold(fs.readFileSync("gold.csv", "utf8"), "gold.csv")
 * @throws {ValidationError} listing every problem of the file
 */
export function parseGold(text: string, file: string): GoldRow[] {
  const records = readCsv(text, file);
  const { col } = headerOf(records);
  const missing = ["id", "theme", "value"].filter((c) => !col.has(c));
  if (missing.length)
    throw new ValidationError(
      `gold ${file}`,
      missing.map((c) => ({
        file,
        line: 1,
        column: c,
        message: `column "${c}" is missing`,
        fix: `the header row must be ${GOLD_COLUMNS.join(",")}`,
      })),
    );
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const out: GoldRow[] = [];
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    if (blankRecord(rec)) return;
    const get = (c: string) => (col.has(c) ? (rec[col.get(c)!] ?? "").trim() : "");
    const [id, theme, value] = [get("id"), get("theme"), get("value")];
    const sentence = col.has("sentence") ? get("sentence") : null;
    const key = keyOf(sentence === null ? id : `${id}#${sentence}`, theme);
    if (!id || !theme) problems.push({ file, line, message: "empty id or theme", fix: "fill both, or delete the row" });
    else if (sentence !== null && !/^[1-9][0-9]*$/.test(sentence))
      problems.push({
        file,
        line,
        column: "sentence",
        message: `"${sentence}" is not a sentence number`,
        fix: "1, 2, 3 …",
      });
    else if (value !== "0" && value !== "1")
      problems.push({ file, line, column: "value", message: `value "${value}" is not 0 or 1`, fix: "write 1 or 0" });
    else if (seen.has(key))
      problems.push({
        file,
        line,
        column: "id",
        message:
          `${sentence === null ? id : `${id} sentence ${sentence}`} × ${theme} appears again ` +
          `(first on row ${seen.get(key)})`,
        fix: "keep one row per unit (or sentence) and theme",
      });
    else {
      seen.set(key, line);
      const row: GoldRow = {
        id,
        theme,
        value: value === "1" ? 1 : 0,
        source: get("source") === "adjudicated" ? "adjudicated" : "agreed",
        reason: get("reason"),
      };
      if (sentence !== null) row.sentence = Number(sentence);
      out.push(row);
    }
  });
  if (problems.length) throw new ValidationError(`gold ${file}`, problems);
  return out;
}
