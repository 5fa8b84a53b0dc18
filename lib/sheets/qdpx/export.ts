/**
 * What `npm run export -- --format qdpx` puts in a project: a corpus card's units (all, a sample or a list),
 * the dictionary coder's codings, and the human sheets of the card's coding folder (or the sheets named) —
 * except, for a round whose `sample.csv` splits its units into halves, the held-out half's human codings, which
 * stay out unless asked for: they are the gold the dictionary coder is finally scored on, and a project that
 * puts them beside the machine's codings invites tuning on them.
 */
import { loadCodebook } from "../../codebook";
import { codebookVersion } from "../../codebook/version";
import { defaultScopeMode } from "../../coding";
import { loadCard, loadUnits } from "../../corpus";
import { codeUnitsToRows } from "../../workflow";
import { chooseUnits, type UnitChoice } from "../coding-page/units";
import { codingFolder, loadCodingFolder } from "../folder";
import { loadSheet } from "../parse";
import { idsOfHalf } from "../sample-list";
import { dictionaryCoding, type SentenceCoding, type UnitCoding } from "../sentence-codings";
import { restrictSheet, type Sheet } from "../sheet";
import { type BuiltProject, qdaProject } from "./project";

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
  /** The sheets as the one sheet reader loaded them (held-out units taken out). */
  sheets: Sheet[];
}

/**
 * The human sheets of an export, read by the one sheet reader with the codebook's version checked: the sheets
 * named, or the card's coding folder (`loadCodingFolder`: its copies refused, its sample list checked) without
 * the held-out half of a round unless asked for. Notes say what was read and left out.
 */
function exportSheets(opts: QdpxExportOptions, card: string, keys: string[], version: string, chosen: Set<string>) {
  const notes: string[] = [];
  if (opts.sheets !== undefined) {
    const sheets = opts.sheets.map((f) => loadSheet(f, { themeKeys: keys, codebookVersion: version }));
    return { sheets, notes: sheets.flatMap((s) => s.notes.map((n) => `${s.file}: ${n}`)) };
  }
  const folder = loadCodingFolder(codingFolder(card), keys, { codebookVersion: version });
  notes.push(...folder.notes);
  const held = new Set(opts.includeHoldout || !folder.sample ? [] : idsOfHalf(folder.sample, "holdout"));
  const leftOut = [...held].filter((id) => chosen.has(id));
  if (leftOut.length === 0) return { sheets: folder.sheets, notes };
  notes.push(
    `the human codings of ${leftOut.length} held-out unit(s) (sample.csv, half "holdout") are left out; ` +
      "--include-holdout puts them in (only for the final evaluation)",
  );
  const sheets = folder.sheets.map((s) =>
    restrictSheet(
      s,
      s.ids.filter((id) => !held.has(id)),
    ),
  );
  return { sheets, notes };
}

/**
 * The REFI-QDA project of a corpus card's units with the dictionary coder's and the human coders' codings.
 *
 * @throws {InputError} or {ValidationError} from a sheet that cannot be read, was coded against another codebook
 *   version, or is a copy of another sheet in the coding folder
 * @example buildQdpxExport({ corpus: "ungdc-kosovo-1989-2007", units: { kind: "list", file, half: "tune" } }).project
 */
export function buildQdpxExport(opts: QdpxExportOptions): QdpxExport {
  const card = loadCard(opts.corpus);
  const codebook = loadCodebook(opts.codebook);
  const keys = codebook.themes.map((t) => t.key);
  const chosen = chooseUnits(loadUnits(card), opts.units ?? { kind: "all" });
  const read = exportSheets(opts, card.name, keys, codebookVersion(codebook), new Set(chosen.units.map((u) => u.id)));
  const notes = [`units: ${chosen.description}`, ...read.notes];
  const sheets = read.sheets;
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
    if (s.level === "sentence") sentenceCodings.push(s);
    else unitCodings.push(s);
    notes.push(`${s.coder}: ${s.level === "sentence" ? "sentence-level" : "presence"} sheet ${s.file}`);
  }
  const built = qdaProject({ corpus: card.name, units: chosen.units, codebook, sentenceCodings, unitCodings });
  return { ...built, notes, sheets };
}
