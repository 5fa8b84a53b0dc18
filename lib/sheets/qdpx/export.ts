/**
 * What `npm run export -- --format qdpx` puts in a project: a corpus card's units (all, a sample or a list),
 * the dictionary coder's codings, and the human sheets of the card's coding folder (or the sheets named) —
 * except, for a round whose `sample.csv` splits its units into halves, the held-out half's human codings, which
 * stay out unless asked for: they are the gold the dictionary coder is finally scored on, and a project that
 * puts them beside the machine's codings invites tuning on them.
 */
import * as fs from "fs";
import * as path from "path";
import { loadCodebook } from "../../codebook";
import { codebookVersion } from "../../codebook/version";
import { byCodeUnit } from "../../core";
import { defaultScopeMode } from "../../coding";
import { loadCard, loadUnits } from "../../corpus";
import { codeUnitsToRows } from "../../workflow";
import { chooseUnits, type UnitChoice } from "../coding-page/units";
import { headerOf, readCsv } from "../csv";
import { codingFolder } from "../folder";
import { dictionaryCoding, type SentenceCoding, type UnitCoding } from "../sentence-codings";
import { type BuiltProject, qdaProject } from "./project";
import { type CodingSheet, readCoding } from "./sheet-input";

/** Files of a coding folder that are not coders' sheets. */
const NOT_SHEETS = /^(decisions|gold|disagreements|reliability|validation|sample)([-_.].*)?\.csv$/i;

/** What to export. */
export interface QdpxExportOptions {
  corpus: string;
  units?: UnitChoice;
  /** Sheets to include (default: every sheet of the card's coding folder); [] for none. */
  sheets?: string[];
  /** Leave the dictionary coder's codings out. */
  noDictionary?: boolean;
  /** Include the human codings of a round's held-out half. */
  includeHoldout?: boolean;
  codebook?: string;
}

/** A project to write, and what was left out or assumed. */
export interface QdpxExport extends BuiltProject {
  notes: string[];
  sheets: CodingSheet[];
}

/**
 * The coders' sheets of a coding folder (every `*.csv` but decisions, gold, disagreements, reliability,
 * validation and sample files), in name order.
 *
 * @example folderSheets("data/coding/ungdc-kosovo-1989-2007") // [".../coder-a.csv", ".../coder-b.csv"]
 */
export function folderSheets(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv") && !NOT_SHEETS.test(f))
    .sort(byCodeUnit)
    .map((f) => path.join(dir, f));
}

/**
 * The units of a round's held-out half: the ids whose `half` is "holdout" in the folder's `sample.csv`.
 *
 * @example heldOutIds("data/coding/ungdc-kosovo-1989-2007").size // 25
 */
export function heldOutIds(dir: string): Set<string> {
  const file = path.join(dir, "sample.csv");
  if (!fs.existsSync(file)) return new Set();
  const records = readCsv(fs.readFileSync(file, "utf8"), file);
  const { col } = headerOf(records);
  if (!col.has("id") || !col.has("half")) return new Set();
  return new Set(
    records
      .slice(1)
      .filter((r) => r[col.get("half")!]?.trim() === "holdout")
      .map((r) => r[col.get("id")!].trim()),
  );
}

/** A coding without the given units. */
function without(sheet: CodingSheet, drop: Set<string>): CodingSheet {
  if (sheet.level === "sentence") {
    const sentences = Object.fromEntries(Object.entries(sheet.coding.sentences).filter(([id]) => !drop.has(id)));
    return { ...sheet, coding: { ...sheet.coding, sentences } };
  }
  const codes = Object.fromEntries(Object.entries(sheet.coding.codes).filter(([id]) => !drop.has(id)));
  return { ...sheet, coding: { ...sheet.coding, codes } };
}

/**
 * The REFI-QDA project of a corpus card's units with the dictionary coder's and the human coders' codings.
 *
 * @throws {InputError} or {ValidationError} from a sheet that cannot be read or was coded against another codebook
 * @example buildQdpxExport({ corpus: "ungdc-kosovo-1989-2007", units: { kind: "list", file, half: "tune" } }).project
 */
export function buildQdpxExport(opts: QdpxExportOptions): QdpxExport {
  const card = loadCard(opts.corpus);
  const codebook = loadCodebook(opts.codebook);
  const keys = codebook.themes.map((t) => t.key);
  const chosen = chooseUnits(loadUnits(card), opts.units ?? { kind: "all" });
  const notes: string[] = [`units: ${chosen.description}`];
  const dir = codingFolder(card.name);
  const files = opts.sheets ?? folderSheets(dir);
  let sheets = files.map((f) => readCoding(f, keys, codebookVersion(codebook)));
  const held = opts.sheets === undefined && !opts.includeHoldout ? heldOutIds(dir) : new Set<string>();
  const chosenIds = new Set(chosen.units.map((u) => u.id));
  const leftOut = [...held].filter((id) => chosenIds.has(id));
  if (leftOut.length) {
    sheets = sheets.map((s) => without(s, held));
    notes.push(
      `the human codings of ${leftOut.length} held-out unit(s) (sample.csv, half "holdout") are left out; ` +
        "--include-holdout puts them in (only for the final evaluation)",
    );
  }
  const dictionary = opts.noDictionary
    ? []
    : [
        dictionaryCoding(
          chosen.units,
          codeUnitsToRows(chosen.units, { codebook, mode: defaultScopeMode(card) }).coded,
          keys,
        ),
      ];
  const sentenceCodings: SentenceCoding[] = [...dictionary];
  const unitCodings: UnitCoding[] = [];
  for (const s of sheets) {
    if (s.level === "sentence") sentenceCodings.push(s.coding);
    else unitCodings.push(s.coding);
    notes.push(`${s.coding.coder}: ${s.level === "sentence" ? "sentence-level" : "presence"} sheet ${s.file}`);
  }
  const built = qdaProject({ corpus: card.name, units: chosen.units, codebook, sentenceCodings, unitCodings });
  return { ...built, notes, sheets };
}
