/**
 * Intercoder reliability of two or more filled coding sheets, one row per theme plus `overall`.
 *
 *   npm run reliability -- --coders a.csv b.csv [c.csv ...] --out reliability.csv
 *        [--themes k1,k2,...]              theme columns to compare (default: the first sheet's)
 *        [--bootstrap 1000 --seed 1]       also print seeded 95% intervals for alpha and AC1
 *
 * Columns: theme,units,agreement,cohen_kappa,scott_pi,kripp_alpha,gwet_ac1 (3 decimals, NA when a
 * coefficient is not defined — the reasons are printed). `units` = units every coder coded. With
 * three or more coders, cohen_kappa is Conger's kappa and scott_pi is Fleiss' kappa (their
 * many-coder generalisations), and agreement is the mean share of agreeing coder pairs.
 */
import * as fs from "fs";
import { ValidationError, InputError } from "../lib/core";
import { writeFileAtomic } from "../lib/core";
import {
  bootstrapCI,
  codersOf,
  formatCoefficient,
  gwetAC1,
  krippendorffAlpha,
  reliabilityCsv,
  reliabilityTable,
  undefinedCells,
  type ReliabilityData,
} from "../lib/reliability";
import { commonIds, loadSheet, sheetThemes } from "../lib/sheets";
import { failWith, fromUser, parseMultiFlags } from "./cli";

const USAGE =
  "usage: npm run reliability -- --coders <a.csv> <b.csv> [...] --out <file.csv> [--themes k1,k2] [--bootstrap N --seed S]";

const fail: (message: string, code?: number) => never = failWith("reliability", USAGE);

function main(): void {
  const flags = parseMultiFlags(process.argv.slice(2), fail);
  const known = new Set(["coders", "out", "themes", "bootstrap", "seed", "help"]);
  for (const f of Object.keys(flags)) if (!known.has(f)) fail(`unknown option --${f}`);
  if (flags.help) fail("", 2);
  const files = (flags.coders ?? []).map(fromUser);
  const out = flags.out?.[0] === undefined ? undefined : fromUser(flags.out[0]);
  if (files.length === 0) fail("no coding sheets: pass them after --coders");
  if (files.length === 1)
    fail(`only one coder (${files[0]}): reliability compares two or more coders' sheets of the same units`);
  if (!out) fail("no output file: pass --out <file.csv>");
  if (files.includes(out))
    fail(
      `--out ${out} is one of the coders' sheets: writing the table there would destroy that coder's work — choose another --out path`,
    );
  for (const f of files) if (!fs.existsSync(f)) fail(`${f}: file not found`, 1);

  const themes = flags.themes?.length
    ? flags.themes
        .join(",")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean)
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

  const rows = reliabilityTable(
    sheets.map((s) => s.codes),
    themes,
  );
  writeFileAtomic(out, reliabilityCsv(rows));
  process.stdout.write(reliabilityCsv(rows));
  if (sheets.length > 2)
    console.error("reliability: note: 3+ coders — cohen_kappa is Conger's kappa, scott_pi is Fleiss' kappa");
  for (const line of undefinedCells(rows)) console.error(`reliability: NA ${line}`);

  const reps = flags.bootstrap ? Number(flags.bootstrap[0] ?? 1000) : 0;
  if (reps > 0) {
    const seed = flags.seed?.[0] ?? "1";
    for (const theme of themes) {
      const units = shared
        .map((id) => sheets.map((s) => s.codes[id][theme] ?? null))
        .filter((u) => u.every((v) => v !== null));
      const ci = (stat: (d: ReliabilityData) => ReturnType<typeof gwetAC1>) => {
        const r = bootstrapCI((us) => stat(codersOf(us)), units, { reps, seed });
        return "lower" in r ? `[${formatCoefficient(r.lower)}, ${formatCoefficient(r.upper)}]` : `NA (${r.reason})`;
      };
      console.log(
        `${theme}: 95% bootstrap (${reps} reps, seed ${seed}) kripp_alpha ${ci((d) => krippendorffAlpha(d))}, gwet_ac1 ${ci((d) => gwetAC1(d, [0, 1]))}`,
      );
    }
  }
  console.error(
    `reliability: ${sheets.length} coders, ${shared.length} shared units, ${themes.length} themes → ${out}`,
  );
}

try {
  main();
} catch (e) {
  if (e instanceof ValidationError || e instanceof InputError) fail(e.message, 1);
  throw e;
}
