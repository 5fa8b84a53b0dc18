/**
 * The dictionary coder against the human coders, with the codebook before tuning and after (the
 * current one), on the three reference sets:
 *
 *   tuning     the units coded by coder A only (the codebook was tuned on their errors)
 *   held-out   the double-coded units of the gold standard (never read while tuning)
 *   all        both (gold where it exists, coder A elsewhere)
 *
 *   npm run validate -- [--corpus ungdc-kosovo] [--out <file.csv>] [--codebook <after.yaml>]
 *   npm run validate -- --corpus ungdc-kosovo-1989-2007 --half tune|holdout|all [--codebook …] [--out …]
 *
 * A coding folder with a sample list (`sample.csv`: a round of sentence-level coding split into a
 * tuning and a held-out half) is validated one half at a time, sentence by sentence and on mention
 * counts, beside the goals (scripts/validate-round.ts); `--half holdout` opens the held-out half on
 * the record (the first use is printed loudly and written to holdout-opened.txt).
 *
 * Prints one table per set and writes the long CSV (columns set,codebook,theme,units,tp,fp,fn,tn,
 * precision,recall,f1,kappa,misses,false_alarms; 3 decimals, NA when not defined), by default to
 * output/validation/<corpus>-before-after.csv. Same inputs, same bytes.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { loadCodebook, themeKeys } from "../lib/codebook";
import { ArgumentError, InputError, ValidationError, outputPath, writeFileAtomic } from "../lib/core";
import { failWith, fromUser } from "../lib/cli";
import { formatCoefficient, type Coefficient } from "../lib/reliability";
import { codingFolder, loadCodingFolder, parseGold, parseHalf } from "../lib/sheets";
import { validateRoundCommand } from "./validate-round";
import {
  beforeAfterRuns,
  codebookBeforeTuning,
  referenceSets,
  runCoder,
  validationRunsCsv,
  type ThemeValidation,
} from "../lib/validation";

const USAGE =
  "usage: npm run validate -- [--corpus ungdc-kosovo] [--out <file.csv>] [--codebook <codebook.yaml>] " +
  "[--half tune|holdout|all]";

const fail: (message: string, code?: number) => never = failWith("validate", USAGE);

/** The command line's options; a usage error (exit 2) when it is not one, the usage for --help. */
function options(argv: string[]): { corpus?: string; out?: string; codebook?: string; half?: string } {
  let parsed: { values: { corpus?: string; out?: string; codebook?: string; half?: string; help?: boolean } };
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        corpus: { type: "string" },
        out: { type: "string" },
        codebook: { type: "string" },
        half: { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (e) {
    return fail((e as Error).message);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return parsed.values;
}

const f = (c: Coefficient) => formatCoefficient(c, 3);

/** One set's before/after table as fixed-width text. */
function table(set: string, before: ThemeValidation[], after: ThemeValidation[]): string {
  const head = [
    "theme",
    "units",
    "tp/fp/fn before",
    "tp/fp/fn after",
    "P before",
    "P after",
    "R before",
    "R after",
    "F1 before",
    "F1 after",
    "kappa before",
    "kappa after",
  ];
  const byTheme = new Map(after.map((r) => [r.theme, r]));
  const rows = before.map((b) => {
    const a = byTheme.get(b.theme)!;
    return [
      b.theme,
      String(b.units),
      `${b.tp}/${b.fp}/${b.fn}`,
      `${a.tp}/${a.fp}/${a.fn}`,
      f(b.precision),
      f(a.precision),
      f(b.recall),
      f(a.recall),
      f(b.f1),
      f(a.f1),
      f(b.kappa),
      f(a.kappa),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [`${set}`, line(head), ...rows.map(line)].join("\n");
}

function main(): void {
  const flags = options(process.argv.slice(2));
  const corpus = flags.corpus ?? "ungdc-kosovo";
  const afterFile = flags.codebook ? fromUser(flags.codebook) : undefined;
  if (afterFile && !fs.existsSync(afterFile)) fail(`${afterFile}: file not found`, 1);

  const dir = codingFolder(corpus);
  if (fs.existsSync(path.join(dir, "sample.csv"))) {
    const out = flags.out ? fromUser(flags.out) : undefined;
    validateRoundCommand(corpus, parseHalf(flags.half ?? "tune"), afterFile, out);
    return;
  }
  if (flags.half !== undefined) fail(`--half needs a round with halves: ${dir} has no sample.csv`);
  const themes = themeKeys(loadCodebook(afterFile));
  const folder = loadCodingFolder(dir, themes);
  const adjudicate = "adjudicate the double-coded sample first (npm run adjudicate)";
  if (!folder.goldFile) fail(`${dir}: no gold.csv — ${adjudicate}`, 1);
  const goldIds = new Set<string>();
  const gold = parseGold(fs.readFileSync(folder.goldFile, "utf8"), folder.goldFile);
  for (const g of gold) goldIds.add(g.id);
  // The single coder: the sheet that covers every unit (the other sheets are the double-coded sample).
  const sheet = [...folder.sheets].sort((a, b) => b.ids.length - a.ids.length)[0];
  if (!sheet) fail(`${dir}: no coder's sheet — code the units first (npm run sheet)`, 1);
  if (sheet.ids.length <= goldIds.size)
    fail(`${dir}: no sheet codes more units than the gold standard, so there is no tuning set`, 1);

  const base = codebookBeforeTuning(dir);
  if (!base) fail(`${dir}: no codebook-before-tuning.yaml and no git history to recover it from`, 1);
  const sets = referenceSets(gold, sheet);
  const runs = { before: runCoder(corpus, base.file), after: runCoder(corpus, afterFile) };

  const files = {
    gold: `${path.basename(folder.goldFile)} + ${path.basename(sheet.file)}`,
    coder: `the dictionary coder on ${corpus}`,
  };
  const labelled = beforeAfterRuns(sets, runs.before.presence, runs.after.presence, themes, files);
  for (let i = 0; i < labelled.length; i += 2) {
    const set = labelled[i].set;
    const ref = set === "tuning" ? sets.tuning : set === "held-out" ? sets.heldOut : sets.all;
    const units = new Set(ref.map((r) => r.id)).size;
    const whose =
      set === "held-out"
        ? "gold standard"
        : set === "tuning"
          ? `coder ${sheet.coder} only`
          : `gold + coder ${sheet.coder}`;
    console.log(`\n${table(`${set} set: ${units} units (${whose})`, labelled[i].rows, labelled[i + 1].rows)}`);
  }
  const out = flags.out ? fromUser(flags.out) : outputPath("validation", `${corpus}-before-after.csv`);
  writeFileAtomic(out, validationRunsCsv(labelled));
  const after = afterFile ? path.relative(process.cwd(), afterFile) : "data/codebook.yaml";
  console.log(`\nbefore: ${base.origin}\nafter:  ${after}\nwrote ${out}`);
}

try {
  main();
} catch (e) {
  if (e instanceof ArgumentError) fail(e.message);
  if (e instanceof InputError || e instanceof ValidationError) fail(e.message, 1);
  throw e;
}
