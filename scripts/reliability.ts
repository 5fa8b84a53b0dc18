/**
 * Intercoder reliability of two or more filled coding sheets (unit-level or sentence-level), one row
 * per theme plus `overall` (every decision pooled).
 *
 *   npm run reliability -- --coders a.csv b.csv [c.csv ...] --out reliability.csv
 *        [--themes k1,k2,...]              themes to compare (default: every theme of the codebook)
 *        [--codebook <file.yaml>]          the codebook the sheets were coded with
 *        [--level unit|sentence|count]     the table written to --out (sentence-level sheets: default sentence)
 *        [--half tune|holdout|all]         one half of a round's sample (sample.csv beside the sheets)
 *        [--bootstrap 1000 --seed 1]       also print seeded 95% intervals for alpha and AC1
 *
 * unit / sentence: theme,units,decisions,agreement,cohen_kappa,scott_pi,kripp_alpha,gwet_ac1 over
 * units (presence) or sentences; count: theme,units,total_<coder>…,alpha_interval,alpha_ratio,icc_2_1
 * on each unit's mention count. 3 decimals, NA when a coefficient is not defined (the reasons are
 * printed). With three or more coders, cohen_kappa is Conger's kappa and scott_pi is Fleiss' kappa.
 * Blank cells are missing data: reported, never read as 0.
 */
import * as fs from "fs";
import * as path from "path";
import { codebookVersion, loadCodebook, themeKeys } from "../lib/codebook";
import { ArgumentError, writeFileAtomic } from "../lib/core";
import {
  mentionReliability,
  mentionReliabilityCsv,
  reliabilityCsv,
  reliabilityTable,
  themeIntervals,
  undefinedCells,
} from "../lib/reliability";
import {
  blankWarnings,
  commonIds,
  idsOfHalf,
  loadSheet,
  parseHalf,
  parseSampleList,
  readCsvFile,
  restrictSheet,
  selectThemes,
  type Sheet,
  sentenceView,
} from "../lib/sheets";
import { formatInterval } from "../lib/tables/reliability";
import { failWith, fromUser, listOption, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run reliability -- --coders <a.csv> <b.csv> [...] --out <file.csv> [--themes k1,k2] " +
  "[--codebook <file.yaml>] [--level unit|sentence|count] [--half tune|holdout|all] [--bootstrap N --seed S]";

const fail: (message: string, code?: number) => never = failWith("reliability", USAGE);

/** The number of bootstrap replicates: a whole number of at least 1. */
function replicates(given: string): number {
  const reps = Number(given);
  if (!Number.isInteger(reps) || reps < 1)
    throw new ArgumentError("--bootstrap", "a whole number of replicates", given);
  return reps;
}

/** The sheets restricted to a half of the round's sample (sample.csv beside the first sheet). */
function ofHalf(sheets: Sheet[], given: string | undefined): Sheet[] {
  if (given === undefined) return sheets;
  const half = parseHalf(given);
  const file = path.join(path.dirname(sheets[0].file), "sample.csv");
  const ids = idsOfHalf(parseSampleList(readCsvFile(file, "--half needs the round's sample list"), file), half);
  console.error(`reliability: the ${half} half of ${file}: ${ids.length} units`);
  return sheets.map((s) => restrictSheet(s, ids));
}

function main(): void {
  const flags = parseOptions(process.argv.slice(2), {
    coders: "strings",
    out: "string",
    themes: "strings",
    codebook: "string",
    level: "string",
    half: "string",
    bootstrap: "string",
    seed: "string",
    help: "boolean",
  });
  if (flags.help) fail("");
  const files = (flags.coders ?? []).map(fromUser);
  const out = flags.out === undefined ? undefined : fromUser(flags.out);
  if (files.length === 0) fail("no coding sheets: pass them after --coders");
  if (files.length === 1)
    fail(`only one coder (${files[0]}): reliability compares two or more coders' sheets of the same units`);
  if (!out) fail("no output file: pass --out <file.csv>");
  if (files.includes(out))
    fail(
      `--out ${out} is one of the coders' sheets: writing the table there would destroy that coder's work — ` +
        "choose another --out path",
    );
  const reps = flags.bootstrap === undefined ? 0 : replicates(flags.bootstrap);
  for (const f of files) if (!fs.existsSync(f)) fail(`${f}: file not found`, 1);

  const codebook = loadCodebook(flags.codebook === undefined ? undefined : fromUser(flags.codebook));
  const themes = selectThemes(themeKeys(codebook), listOption(flags.themes ?? []));
  const version = codebookVersion(codebook);
  const loaded = files.map((f) => loadSheet(f, { themeKeys: themes, codebookVersion: version }));
  for (const s of loaded) {
    for (const n of s.notes) console.error(`reliability: note: ${s.file}: ${n}`);
    for (const w of blankWarnings(s)) console.error(`reliability: warning: ${w}`);
  }
  const names = loaded.map((s) => s.coder);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) fail(`coder "${dup}" names more than one sheet: give each coder's sheet its own coder name`, 1);
  const sheets = ofHalf(loaded, flags.half);
  const sentences = sheets.every((s) => s.level === "sentence");
  const level = flags.level ?? (sentences ? "sentence" : "unit");
  if (!["unit", "sentence", "count"].includes(level))
    throw new ArgumentError("--level", "unit, sentence or count", level);
  if (level !== "unit" && !sentences) fail(`--level ${level} needs sentence-level sheets (with a sentence column)`, 1);
  const shared = commonIds(sheets);
  if (shared.length === 0) fail("the sheets have no unit id in common", 1);
  for (const s of sheets) {
    const extra = s.ids.length - shared.length;
    if (extra > 0)
      console.error(`reliability: note: ${s.file} has ${extra} unit(s) not in every sheet; they are left out`);
  }

  const codes = (level === "sentence" ? sheets.map(sentenceView) : sheets).map((s) => s.codes);
  const rows = reliabilityTable(codes, themes);
  const counts = sentences
    ? mentionReliability(
        sheets.map((s) => s.mentions),
        themes,
      )
    : null;
  const csv = level === "count" && counts ? mentionReliabilityCsv(counts, names) : reliabilityCsv(rows);
  writeFileAtomic(out, csv);
  process.stdout.write(csv);
  if (counts && level !== "count") process.stdout.write(`\ncount level:\n${mentionReliabilityCsv(counts, names)}`);
  if (sheets.length > 2)
    console.error("reliability: note: 3+ coders — cohen_kappa is Conger's kappa, scott_pi is Fleiss' kappa");
  for (const line of undefinedCells(rows)) console.error(`reliability: NA ${line}`);

  if (reps > 0 && level !== "count") {
    const seed = flags.seed ?? "1";
    for (const t of themeIntervals(codes, themes, { reps, seed })) {
      console.log(
        `${t.theme}: 95% bootstrap (${reps} reps, seed ${seed}) ` +
          `kripp_alpha ${formatInterval(t.alphaInterval)}, gwet_ac1 ${formatInterval(t.ac1Interval)}`,
      );
    }
  }
  console.error(
    `reliability: ${sheets.length} coders, ${shared.length} shared units, ${themes.length} themes, ` +
      `${level} level → ${out}`,
  );
}

runCommand("reliability", USAGE, main);
