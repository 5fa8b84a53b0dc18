/**
 * Intercoder reliability of two or more filled coding sheets, one row per theme plus `overall`.
 *
 *   npm run reliability -- --coders a.csv b.csv [c.csv ...] --out reliability.csv
 *        [--themes k1,k2,...]              theme columns to compare (default: the first sheet's)
 *        [--bootstrap 1000 --seed 1]       also print seeded 95% intervals for alpha and AC1
 *
 * Columns: theme,units,decisions,agreement,cohen_kappa,scott_pi,kripp_alpha,gwet_ac1 (3 decimals, NA when a
 * coefficient is not defined — the reasons are printed). `units` = units every coder coded. With
 * three or more coders, cohen_kappa is Conger's kappa and scott_pi is Fleiss' kappa (their
 * many-coder generalisations), and agreement is the mean share of agreeing coder pairs.
 */
import * as fs from "fs";
import { ArgumentError, writeFileAtomic } from "../lib/core";
import { reliabilityCsv, reliabilityTable, themeIntervals, undefinedCells } from "../lib/reliability";
import { commonIds, loadSheet, sheetThemes } from "../lib/sheets";
import { formatInterval } from "../lib/tables/reliability";
import { failWith, fromUser, listOption, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run reliability -- --coders <a.csv> <b.csv> [...] --out <file.csv> [--themes k1,k2] " +
  "[--bootstrap N --seed S]";

const fail: (message: string, code?: number) => never = failWith("reliability", USAGE);

/** The number of bootstrap replicates: a whole number of at least 1. */
function replicates(given: string): number {
  const reps = Number(given);
  if (!Number.isInteger(reps) || reps < 1)
    throw new ArgumentError("--bootstrap", "a whole number of replicates", given);
  return reps;
}

function main(): void {
  const flags = parseOptions(process.argv.slice(2), {
    coders: "strings",
    out: "string",
    themes: "strings",
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

  const themes = flags.themes?.length
    ? listOption(flags.themes)
    : sheetThemes(fs.readFileSync(files[0], "utf8"), files[0]);
  if (themes.length === 0) fail(`${files[0]}: no theme columns after id,coder,year,country,speaker,text`, 1);
  const sheets = files.map((f) => loadSheet(f, { themeKeys: themes }));
  const names = sheets.map((s) => s.coder);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) fail(`coder "${dup}" names more than one sheet: give each coder's sheet its own coder name`, 1);
  const shared = commonIds(sheets);
  if (shared.length === 0) fail("the sheets have no unit id in common", 1);
  for (const s of sheets) {
    const extra = s.ids.length - shared.length;
    if (extra > 0)
      console.error(`reliability: note: ${s.file} has ${extra} unit(s) not in every sheet; they are left out`);
  }

  const codes = sheets.map((s) => s.codes);
  const rows = reliabilityTable(codes, themes);
  writeFileAtomic(out, reliabilityCsv(rows));
  process.stdout.write(reliabilityCsv(rows));
  if (sheets.length > 2)
    console.error("reliability: note: 3+ coders — cohen_kappa is Conger's kappa, scott_pi is Fleiss' kappa");
  for (const line of undefinedCells(rows)) console.error(`reliability: NA ${line}`);

  if (reps > 0) {
    const seed = flags.seed ?? "1";
    for (const t of themeIntervals(codes, themes, { reps, seed })) {
      console.log(
        `${t.theme}: 95% bootstrap (${reps} reps, seed ${seed}) ` +
          `kripp_alpha ${formatInterval(t.alphaInterval)}, gwet_ac1 ${formatInterval(t.ac1Interval)}`,
      );
    }
  }
  console.error(
    `reliability: ${sheets.length} coders, ${shared.length} shared units, ${themes.length} themes → ${out}`,
  );
}

runCommand("reliability", USAGE, main);
