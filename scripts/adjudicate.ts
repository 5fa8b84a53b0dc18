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
import { writeFileAtomic } from "../lib/core";
import {
  buildGold,
  commonIds,
  decisionsTemplateCsv,
  disagreementsCsv,
  type Disagreement,
  findDisagreements,
  goldCsv,
  loadSheet,
  parseDecisions,
  type Sheet,
  sheetThemes,
} from "../lib/sheets";
import { failWith, fromUser, listOption, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run adjudicate -- --sheets <a.csv> <b.csv> [...] [--themes k1,k2] " +
  "[--disagreements <dis.csv>] [--template <decisions.csv>] | [--decisions <decisions.csv> --out <gold.csv>]";

const fail: (message: string, code?: number) => never = failWith("adjudicate", USAGE);

/** Step 1: the disagreements table (to a file or stdout) and, when asked, a decisions file to fill. */
function writeDisagreements(sheets: Sheet[], ds: Disagreement[], table?: string, template?: string): void {
  const csv = disagreementsCsv(
    ds,
    sheets.map((s) => s.coder),
  );
  if (table) writeFileAtomic(table, csv);
  else process.stdout.write(csv);
  if (!template) return;
  if (fs.existsSync(template))
    fail(`${template} exists; not overwriting decisions — choose another --template path`, 1);
  writeFileAtomic(template, decisionsTemplateCsv(ds));
  console.error(
    `adjudicate: fill value (0/1) and a one-line reason in ${template}, ` +
      `then run with --decisions ${template} --out <gold.csv>`,
  );
}

function main(): void {
  const flags = parseOptions(process.argv.slice(2), {
    sheets: "strings",
    themes: "strings",
    disagreements: "string",
    template: "string",
    decisions: "string",
    out: "string",
  });
  const user = (f: string | undefined) => (f === undefined ? undefined : fromUser(f));
  const [table, template, decisionsFile, out] = [flags.disagreements, flags.template, flags.decisions, flags.out].map(
    user,
  );
  const files = (flags.sheets ?? []).map(fromUser);
  if (files.length < 2)
    fail(
      files.length
        ? `only one sheet (${files[0]}): adjudication compares two or more coders`
        : "no coding sheets: pass them after --sheets",
    );
  for (const f of files) if (!fs.existsSync(f)) fail(`${f}: file not found`, 1);
  const inputs = decisionsFile ? [...files, decisionsFile] : files;
  for (const [o, target] of [
    ["out", out],
    ["disagreements", table],
  ]) {
    if (target && inputs.includes(target))
      fail(
        `--${o} ${target} is one of the inputs (a coder's sheet or the decisions): writing there would destroy it` +
          ` — choose another --${o} path`,
      );
  }
  const themes = flags.themes?.length
    ? listOption(flags.themes)
    : sheetThemes(fs.readFileSync(files[0], "utf8"), files[0]);
  const sheets = files.map((f) => loadSheet(f, { themeKeys: themes }));
  const ds = findDisagreements(sheets, themes);
  const shared = commonIds(sheets);
  console.error(
    `adjudicate: ${sheets.length} sheets, ${shared.length} shared units, ${themes.length} themes, ` +
      `${ds.length} disagreement(s)`,
  );
  if (!decisionsFile) {
    writeDisagreements(sheets, ds, table, template);
    return;
  }

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

runCommand("adjudicate", USAGE, main);
