/**
 * Adjudication of two or more filled coding sheets.
 *
 *   Step 1 — see the disagreements (and get a decisions file to fill):
 *     npm run adjudicate -- --sheets a.csv b.csv [--disagreements dis.csv] [--template decisions.csv]
 *   Step 2 — write the gold standard once every disagreement has a decision:
 *     npm run adjudicate -- --sheets a.csv b.csv --decisions decisions.csv --out gold.csv
 *
 * The decisions file has columns id,theme,value,reason (value 0/1, a one-line reason). The gold
 * file (id,theme,value,source,reason) holds the agreed codes plus each decision. A disagreement
 * without a decision is an error that lists every missing one; no gold file is written then.
 * Theme columns: --themes k1,k2 or, by default, the first sheet's.
 */
import * as fs from "fs";
import { InputError, ValidationError } from "../lib/core";
import { writeFileAtomic } from "../lib/core";
import {
  buildGold,
  commonIds,
  decisionsTemplateCsv,
  disagreementsCsv,
  findDisagreements,
  goldCsv,
  loadSheet,
  parseDecisions,
  sheetThemes,
} from "../lib/sheets";
import { failWith, fromUser, parseMultiFlags } from "./cli";

const USAGE =
  "usage: npm run adjudicate -- --sheets <a.csv> <b.csv> [...] [--themes k1,k2] [--disagreements <dis.csv>] [--template <decisions.csv>] | [--decisions <decisions.csv> --out <gold.csv>]";

const fail: (message: string, code?: number) => never = failWith("adjudicate", USAGE);

function main(): void {
  const flags = parseMultiFlags(process.argv.slice(2), fail);
  for (const f of ["sheets", "disagreements", "template", "decisions", "out"])
    if (flags[f]) flags[f] = flags[f].map(fromUser);
  const known = new Set(["sheets", "themes", "disagreements", "template", "decisions", "out"]);
  for (const f of Object.keys(flags)) if (!known.has(f)) fail(`unknown option --${f}`);
  const files = flags.sheets ?? [];
  if (files.length < 2)
    fail(
      files.length
        ? `only one sheet (${files[0]}): adjudication compares two or more coders`
        : "no coding sheets: pass them after --sheets",
    );
  for (const f of files) if (!fs.existsSync(f)) fail(`${f}: file not found`, 1);
  const inputs = [...files, ...(flags.decisions ?? [])];
  for (const o of ["out", "disagreements"]) {
    const target = flags[o]?.[0];
    if (target && inputs.includes(target))
      fail(
        `--${o} ${target} is one of the inputs (a coder's sheet or the decisions): writing there would destroy it — choose another --${o} path`,
      );
  }
  const themes = flags.themes?.length
    ? flags.themes
        .join(",")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean)
    : sheetThemes(fs.readFileSync(files[0], "utf8"), files[0]);
  const sheets = files.map((f) => loadSheet(f, { themeKeys: themes }));
  const ds = findDisagreements(sheets, themes);
  const shared = commonIds(sheets);
  console.error(
    `adjudicate: ${sheets.length} sheets, ${shared.length} shared units, ${themes.length} themes, ${ds.length} disagreement(s)`,
  );

  const decisionsFile = flags.decisions?.[0];
  if (!decisionsFile) {
    const table = disagreementsCsv(
      ds,
      sheets.map((s) => s.coder),
    );
    if (flags.disagreements?.[0]) writeFileAtomic(flags.disagreements[0], table);
    else process.stdout.write(table);
    if (flags.template?.[0]) {
      if (fs.existsSync(flags.template[0]))
        fail(`${flags.template[0]} exists; not overwriting decisions — choose another --template path`, 1);
      writeFileAtomic(flags.template[0], decisionsTemplateCsv(ds));
      console.error(
        `adjudicate: fill value (0/1) and a one-line reason in ${flags.template[0]}, then run with --decisions ${flags.template[0]} --out <gold.csv>`,
      );
    }
    return;
  }
  const out = flags.out?.[0];
  if (!out) fail("--decisions needs --out <gold.csv>");
  if (!fs.existsSync(decisionsFile)) fail(`${decisionsFile}: file not found`, 1);
  const decisions = parseDecisions(fs.readFileSync(decisionsFile, "utf8"), decisionsFile, {
    themeKeys: themes,
    knownIds: shared,
  });
  const gold = buildGold(sheets, decisions, themes, decisionsFile);
  writeFileAtomic(out, goldCsv(gold));
  const adjudicated = gold.filter((g) => g.source === "adjudicated").length;
  console.error(`adjudicate: gold standard with ${gold.length} codes (${adjudicated} adjudicated) → ${out}`);
}

try {
  main();
} catch (e) {
  if (e instanceof ValidationError || e instanceof InputError) fail(e.message, 1);
  throw e;
}
