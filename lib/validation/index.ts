/**
 * The coder against the gold standard: per theme, how many of the gold's presences the dictionary
 * coder finds (recall), how many of its presences are right (precision), F1, Cohen's kappa, and the
 * unit ids of every miss and false alarm so a chapter can show their evidence.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { stringify } from "csv-stringify/sync";
import { loadCodebook } from "../codebook";
import { codeUnits, compileCodebook, defaultScopeMode, type ScopeMode } from "../coding";
import { loadCard, loadUnits } from "../corpus";
import { outputPath, projectRoot, writeFileAtomic } from "../core";
import type { Sheet } from "../sheets";
import { ValidationError, type Problem } from "../core";
import { cohenKappa, formatCoefficient, percentAgreement, type Coefficient } from "../reliability";
import type { CodedRow, CodedUnit, Evidence, Unit } from "../core";

/** A presence code for one unit and theme. */
export interface PresenceRow {
  id: string;
  theme: string;
  value: 0 | 1;
}

/** The coder against the gold standard on one theme (or `overall`, pooling every theme). */
export interface ThemeValidation {
  theme: string;
  /** Gold units compared. */
  units: number;
  /** Gold 1, coder 1. */
  tp: number;
  /** Gold 0, coder 1. */
  fp: number;
  /** Gold 1, coder 0. */
  fn: number;
  /** Gold 0, coder 0. */
  tn: number;
  precision: Coefficient;
  recall: Coefficient;
  f1: Coefficient;
  agreement: Coefficient;
  kappa: Coefficient;
  /** Units the gold marks and the coder does not (sorted). */
  misses: string[];
  /** Units the coder marks and the gold does not (sorted). */
  falseAlarms: string[];
}

/**
 * Presence rows from the coder's output (CodedRow or CodedUnit), one per unit and theme.
 *
 * @example presenceFromCoded(codedRows).filter((r) => r.theme === "dialogue")
 */
export function presenceFromCoded(rows: Array<CodedRow | CodedUnit>): PresenceRow[] {
  const out: PresenceRow[] = [];
  for (const r of rows) {
    const id = "unitId" in r ? r.unitId : r.id;
    for (const [theme, code] of Object.entries(r.codes)) out.push({ id, theme, value: code.present });
  }
  return out;
}

const key = (id: string, theme: string) => `${id}\u0000${theme}`;
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function ratio(num: number, den: number, reason: string): Coefficient {
  return den === 0 ? { value: null, reason } : num / den;
}

function summarise(theme: string, pairs: Array<{ id: string; gold: 0 | 1; coder: 0 | 1 }>): ThemeValidation {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const p of pairs) {
    if (p.gold === 1 && p.coder === 1) tp++;
    else if (p.gold === 0 && p.coder === 1) {
      fp++;
      falseAlarms.push(p.id);
    } else if (p.gold === 1 && p.coder === 0) {
      fn++;
      misses.push(p.id);
    } else tn++;
  }
  return {
    theme,
    units: pairs.length,
    tp,
    fp,
    fn,
    tn,
    precision: ratio(tp, tp + fp, "the coder marks no unit with this theme"),
    recall: ratio(tp, tp + fn, "the gold standard marks no unit with this theme"),
    f1: ratio(2 * tp, 2 * tp + fp + fn, "neither the gold standard nor the coder marks this theme"),
    agreement: percentAgreement(
      pairs.map((p) => p.gold),
      pairs.map((p) => p.coder),
    ),
    kappa: cohenKappa(
      pairs.map((p) => p.gold),
      pairs.map((p) => p.coder),
    ),
    misses: [...new Set(misses)].sort(byCodeUnit),
    falseAlarms: [...new Set(falseAlarms)].sort(byCodeUnit),
  };
}

/**
 * Compares the coder with the gold standard on every gold unit × theme: one row per theme (in
 * `themes` order, default: the gold's themes sorted) and an `overall` row pooling all of them.
 * A gold unit × theme the coder has no code for is an error (all are listed together); coder rows
 * outside the gold are ignored (the gold is a sample).
 *
 * @example compareToGold(parseGold(text, "gold.csv"), presenceFromCoded(coded), ["sovereignty"])
 */
export function compareToGold(
  gold: PresenceRow[],
  coder: PresenceRow[],
  themes?: string[],
  files: { gold: string; coder: string } = { gold: "gold", coder: "coder output" },
): ThemeValidation[] {
  const coded = new Map<string, 0 | 1>();
  for (const r of coder) coded.set(key(r.id, r.theme), r.value);
  const wanted = themes ?? [...new Set(gold.map((g) => g.theme))].sort(byCodeUnit);
  const wantedSet = new Set(wanted);
  const problems: Problem[] = [];
  const perTheme = new Map<string, Array<{ id: string; gold: 0 | 1; coder: 0 | 1 }>>(wanted.map((t) => [t, []]));
  for (const g of [...gold].sort((a, b) => byCodeUnit(a.id, b.id) || byCodeUnit(a.theme, b.theme))) {
    if (!wantedSet.has(g.theme)) continue;
    const c = coded.get(key(g.id, g.theme));
    if (c === undefined) {
      problems.push({
        file: files.coder,
        message: `no code for ${g.id} × ${g.theme}, which the gold standard (${files.gold}) has`,
        fix: "code the whole corpus again (the unit may be missing from it), or check that the gold's ids are the corpus's unit ids",
      });
      continue;
    }
    perTheme.get(g.theme)!.push({ id: g.id, gold: g.value, coder: c });
  }
  if (problems.length) throw new ValidationError("coder against gold", problems);
  const rows = wanted.map((t) => summarise(t, perTheme.get(t)!));
  const all = wanted.flatMap((t) => perTheme.get(t)!.map((p) => ({ ...p, id: `${p.id}:${t}` })));
  rows.push(summarise("overall", all));
  return rows;
}

/** Columns of the validation CSV. */
export const VALIDATION_COLUMNS = [
  "theme",
  "units",
  "tp",
  "fp",
  "fn",
  "tn",
  "precision",
  "recall",
  "f1",
  "kappa",
  "misses",
  "false_alarms",
] as const;

/**
 * The comparison as CSV: counts, coefficients with fixed decimals ("NA" when not defined), and the
 * ids of misses and false alarms separated by spaces.
 *
 * @example validationCsv(compareToGold(gold, coder))
 */
export function validationCsv(rows: ThemeValidation[], digits = 3): string {
  const f = (c: Coefficient) => formatCoefficient(c, digits);
  return stringify(
    [
      [...VALIDATION_COLUMNS],
      ...rows.map((r) =>
        [
          r.theme,
          r.units,
          r.tp,
          r.fp,
          r.fn,
          r.tn,
          f(r.precision),
          f(r.recall),
          f(r.f1),
          f(r.kappa),
          r.misses.join(" "),
          r.falseAlarms.join(" "),
        ].map(String),
      ),
    ],
    { record_delimiter: "\n" },
  );
}

/** The dictionary coder run over a corpus, ready to compare with a gold standard. */
export interface CoderRun {
  corpus: string;
  mode: ScopeMode;
  units: Unit[];
  coded: CodedUnit[];
  presence: PresenceRow[];
}

/**
 * Codes a corpus with the codebook, in the about-Kosovo scope `npm run code` uses for it
 * ("sentence" for General Debate texts and Kosovo passages, "unit" for whole statements).
 *
 * @example compareToGold(gold, runCoder("ungdc-kosovo").presence)
 */
export function runCoder(corpus: string, codebookFile?: string): CoderRun {
  // (codebookFile: another codebook, e.g. the one before tuning — see `codebookBeforeTuning`.)
  const card = loadCard(corpus);
  const mode: ScopeMode = defaultScopeMode(card);
  const units = loadUnits(card);
  const coded = codeUnits(compileCodebook(loadCodebook(codebookFile), { mode }), units);
  return { corpus, mode, units, coded, presence: presenceFromCoded(coded) };
}

/** A miss or false alarm with what a reader needs to judge it. */
export interface ErrorToRead {
  id: string;
  theme: string;
  kind: "miss" | "false alarm";
  /** For a false alarm the sentence(s) the coder counted; for a miss the unit's text (shortened). */
  text: string;
  /** For a false alarm the codebook pattern(s) that fired; "" for a miss. */
  patterns: string;
}

/**
 * The misses and false alarms of a comparison, with the coder's evidence (false alarms) or the
 * unit's text (misses) for a reader to judge, sorted by theme then id.
 *
 * @example showTable(errorsToRead(compareToGold(gold, run.presence), run.coded, run.units))
 */
export function errorsToRead(
  rows: ThemeValidation[],
  coded: CodedUnit[],
  units: Array<Pick<Unit, "id" | "body">>,
  maxChars = 400,
): ErrorToRead[] {
  const evidence = new Map<string, Evidence[]>();
  for (const c of coded)
    for (const e of c.evidence) {
      const k = key(e.unitId, e.theme);
      if (!evidence.has(k)) evidence.set(k, []);
      evidence.get(k)!.push(e);
    }
  const bodies = new Map(units.map((u) => [u.id, u.body]));
  const cut = (t: string) => {
    const s = t.replace(/\s+/g, " ").trim();
    return s.length > maxChars ? s.slice(0, maxChars).replace(/\s+\S*$/, "") + " …" : s;
  };
  const out: ErrorToRead[] = [];
  for (const r of rows) {
    if (r.theme === "overall") continue;
    for (const id of r.falseAlarms) {
      const ev = evidence.get(key(id, r.theme)) ?? [];
      const sentences = [...new Set(ev.map((e) => e.text))];
      const patterns = [...new Set(ev.map((e) => e.pattern))].sort(byCodeUnit);
      out.push({
        id,
        theme: r.theme,
        kind: "false alarm",
        text: cut(sentences.join(" … ")),
        patterns: patterns.join("; "),
      });
    }
    for (const id of r.misses)
      out.push({ id, theme: r.theme, kind: "miss", text: cut(bodies.get(id) ?? ""), patterns: "" });
  }
  return out.sort((a, b) => byCodeUnit(a.theme, b.theme) || byCodeUnit(a.id, b.id) || byCodeUnit(a.kind, b.kind));
}

/**
 * A comparison's rows as plain records for display (fixed decimals, "NA" when not defined).
 *
 * @example showTable(validationRecords(compareToGold(gold, run.presence)))
 */
export function validationRecords(rows: ThemeValidation[], digits = 3): Array<Record<string, string | number>> {
  const f = (c: Coefficient) => formatCoefficient(c, digits);
  return rows.map((r) => ({
    theme: r.theme,
    units: r.units,
    tp: r.tp,
    fp: r.fp,
    fn: r.fn,
    tn: r.tn,
    precision: f(r.precision),
    recall: f(r.recall),
    f1: f(r.f1),
    kappa: f(r.kappa),
  }));
}

/** A reference for every unit: the gold standard where it exists, one coder's codes elsewhere. */
export interface Reference {
  rows: PresenceRow[];
  /** Units whose codes come from the gold standard. */
  goldUnits: number;
  /** Units whose codes come from the single coder's sheet. */
  singleUnits: number;
  /** The coder whose sheet fills the units outside the gold. */
  coder: string;
}

/**
 * The reference for measuring the dictionary coder on every unit: gold codes for the double-coded
 * units, and `sheet`'s codes (blank cells left out) for the units outside the gold.
 *
 * @example compareToGold(referenceCodes(gold, coderA).rows, run.presence, themes)
 */
export function referenceCodes(gold: PresenceRow[], sheet: Sheet): Reference {
  const goldIds = new Set(gold.map((g) => g.id));
  const rows: PresenceRow[] = gold.map((g) => ({ id: g.id, theme: g.theme, value: g.value }));
  let singleUnits = 0;
  for (const id of sheet.ids) {
    if (goldIds.has(id)) continue;
    singleUnits++;
    for (const theme of sheet.themes) {
      const v = sheet.codes[id][theme];
      if (v !== null && v !== undefined) rows.push({ id, theme, value: v });
    }
  }
  return { rows, goldUnits: goldIds.size, singleUnits, coder: sheet.coder };
}

/** The codebook the human coding was checked against, before the codebook was tuned. */
export interface BaselineCodebook {
  file: string;
  /** Where it came from, e.g. "git a1b2c3d (the commit that added data/coding/ungdc-kosovo/gold.csv)". */
  origin: string;
}

/**
 * The codebook as it was before tuning on the human codes: `codebook-before-tuning.yaml` in the
 * coding folder when there is one; otherwise, from git, `data/codebook.yaml` as it stood in the
 * commit that added the gold file (the coding was done before anyone tuned the codebook), written
 * to `output/codebook-before-tuning.yaml`. Null when neither is available (no gold, no git).
 *
 * @example const base = codebookBeforeTuning(codingFolder("ungdc-kosovo")); base && runCoder("ungdc-kosovo", base.file)
 */
export function codebookBeforeTuning(folder: string, root: string = projectRoot()): BaselineCodebook | null {
  const saved = path.join(folder, "codebook-before-tuning.yaml");
  if (fs.existsSync(saved)) return { file: saved, origin: path.relative(root, saved) };
  const gold = path.join(folder, "gold.csv");
  if (!fs.existsSync(gold)) return null;
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const rel = path.relative(root, gold).split(path.sep).join("/");
    const commits = git("log", "--diff-filter=A", "--format=%H", "--", rel).trim().split("\n").filter(Boolean);
    const added = commits[commits.length - 1];
    if (!added) return null;
    const text = git("show", `${added}:data/codebook.yaml`);
    const file = outputPath("codebook-before-tuning.yaml");
    writeFileAtomic(file, text);
    return { file, origin: `git ${added.slice(0, 7)} (the commit that added ${rel})` };
  } catch {
    return null;
  }
}

/**
 * Two comparisons side by side, theme by theme (e.g. the coder before and after tuning the
 * codebook): F1, precision, recall and kappa of each, formatted.
 *
 * @example showTable(compareRuns(before, after, ["before", "after"]))
 */
export function compareRuns(
  a: ThemeValidation[],
  b: ThemeValidation[],
  labels: [string, string] = ["before", "after"],
  digits = 3,
): Array<Record<string, string | number>> {
  const f = (c: Coefficient | undefined) => (c === undefined ? "NA" : formatCoefficient(c, digits));
  const byTheme = new Map(b.map((r) => [r.theme, r]));
  return a.map((r) => {
    const o = byTheme.get(r.theme);
    return {
      theme: r.theme,
      units: r.units,
      [`f1 ${labels[0]}`]: f(r.f1),
      [`f1 ${labels[1]}`]: f(o?.f1),
      [`precision ${labels[0]}`]: f(r.precision),
      [`precision ${labels[1]}`]: f(o?.precision),
      [`recall ${labels[0]}`]: f(r.recall),
      [`recall ${labels[1]}`]: f(o?.recall),
      [`kappa ${labels[0]}`]: f(r.kappa),
      [`kappa ${labels[1]}`]: f(o?.kappa),
    };
  });
}

/**
 * The reference split for honest tuning: the units coded by one coder only (`tuning`: the codebook
 * may be tuned on their misses and false alarms), the double-coded, adjudicated units of the gold
 * standard (`heldOut`: read only to report), and both together (`all`).
 *
 * @example const sets = referenceSets(gold, coderA); compareToGold(sets.heldOut, run.presence, themes)
 */
export function referenceSets(
  gold: PresenceRow[],
  sheet: Sheet,
): { tuning: PresenceRow[]; heldOut: PresenceRow[]; all: PresenceRow[] } {
  const all = referenceCodes(gold, sheet).rows;
  const goldIds = new Set(gold.map((g) => g.id));
  return { tuning: all.filter((r) => !goldIds.has(r.id)), heldOut: all.filter((r) => goldIds.has(r.id)), all };
}

/** One comparison labelled with the reference set and the codebook it used. */
export interface LabelledValidation {
  /** E.g. "tuning", "held-out", "all". */
  set: string;
  /** E.g. "before", "after". */
  codebook: string;
  rows: ThemeValidation[];
}

/**
 * Several comparisons in one long CSV: the columns of `validationCsv` after `set` and `codebook`,
 * rows in the order given (each run's themes in its own order).
 *
 * @example validationRunsCsv([{ set: "all", codebook: "after", rows: compareToGold(ref, run.presence) }])
 */
export function validationRunsCsv(runs: LabelledValidation[], digits = 3): string {
  const f = (c: Coefficient) => formatCoefficient(c, digits);
  const records = [["set", "codebook", ...VALIDATION_COLUMNS]];
  for (const run of runs) {
    for (const r of run.rows) {
      records.push(
        [
          run.set,
          run.codebook,
          r.theme,
          r.units,
          r.tp,
          r.fp,
          r.fn,
          r.tn,
          f(r.precision),
          f(r.recall),
          f(r.f1),
          f(r.kappa),
          r.misses.join(" "),
          r.falseAlarms.join(" "),
        ].map(String),
      );
    }
  }
  return stringify(records, { record_delimiter: "\n" });
}

/**
 * The dictionary coder before and after tuning, against each reference set (tuning, held-out, all):
 * two labelled comparisons per set, in that order.
 *
 * @example beforeAfterRuns(referenceSets(gold, sheet), before.presence, after.presence, themes)
 */
export function beforeAfterRuns(
  sets: { tuning: PresenceRow[]; heldOut: PresenceRow[]; all: PresenceRow[] },
  before: PresenceRow[],
  after: PresenceRow[],
  themes: string[],
  files: { gold: string; coder: string } = { gold: "reference", coder: "the dictionary coder" },
): LabelledValidation[] {
  const named: Array<[string, PresenceRow[]]> = [
    ["tuning", sets.tuning],
    ["held-out", sets.heldOut],
    ["all", sets.all],
  ];
  return named.flatMap(([set, ref]) => [
    { set, codebook: "before", rows: compareToGold(ref, before, themes, files) },
    { set, codebook: "after", rows: compareToGold(ref, after, themes, files) },
  ]);
}

/**
 * One row per theme with κ before → after on each set of `beforeAfterRuns`: the table a reader
 * needs to see whether tuning carried over from the tuning set to the held-out units.
 *
 * @example kappaBeforeAfter(runs)[0] // { theme: "sovereignty", "tuning before": "0.804", "tuning after": "0.908", ... }
 */
export function kappaBeforeAfter(runs: LabelledValidation[], digits = 3): Array<Record<string, string>> {
  const themes = runs.length ? runs[0].rows.map((r) => r.theme) : [];
  return themes.map((theme) => {
    const row: Record<string, string> = { theme };
    for (const run of runs) {
      const r = run.rows.find((x) => x.theme === theme);
      row[`${run.set} ${run.codebook}`] = r ? formatCoefficient(r.kappa, digits) : "";
    }
    return row;
  });
}
