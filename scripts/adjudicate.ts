/**
 * Adjudication of two or more filled coding sheets, unit-level or sentence-level (one reader for both).
 *
 *   Step 1 — see the disagreements (and get a decisions file to fill):
 *     npm run adjudicate -- --sheets a.csv b.csv [--disagreements dis.csv] [--template decisions.csv]
 *   Step 2 — write the gold standard once every disagreement has a decision:
 *     npm run adjudicate -- --sheets a.csv b.csv --decisions decisions.csv --out gold.csv
 *   Options: [--themes k1,k2] (default: every theme of the codebook) [--codebook <file.yaml>]
 *
 * Unit level: decisions `id,theme,value,reason`, gold `id,theme,value,source,reason`. Sentence level
 * (sheets with a `sentence` column): decisions `id,sentence,theme,coder_<a>,coder_<b>,value,reason`,
 * gold `id,sentence,theme,value,source,reason`. A disagreement without a decision is an error that
 * lists every missing one; no gold file is written then. Theme columns come from the codebook, never
 * from the first sheet; blank cells are reported (not coded, never 0); a sheet coded against other
 * definitions (its `codebook` column) is refused.
 */
import * as fs from "fs";
import { codebookVersion, loadCodebook, themeKeys } from "../lib/codebook";
import { writeFileAtomic } from "../lib/core";
import {
  blankWarnings,
  buildGold,
  buildSentenceGold,
  commonIds,
  decisionsTemplateCsv,
  disagreementsCsv,
  findDisagreements,
  findSentenceDisagreements,
  goldCsv,
  loadSheet,
  parseDecisions,
  readCsvFile,
  selectThemes,
  type Sheet,
  sentenceDecisionsTemplateCsv,
  sentenceDisagreementsCsv,
} from "../lib/sheets";
import { failWith, fromUser, listOption, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run adjudicate -- --sheets <a.csv> <b.csv> [...] [--themes k1,k2] [--codebook <file.yaml>] " +
  "[--disagreements <dis.csv>] [--template <decisions.csv>] | [--decisions <decisions.csv> --out <gold.csv>]";

const fail: (message: string, code?: number) => never = failWith("adjudicate", USAGE);

/** The disagreements of step 1: how many, as a table, and as a decisions file to fill. */
interface Step1 {
  count: number;
  table: string;
  template: string;
}

/** The disagreements at the sheets' level. */
function disagreementsOf(sheets: Sheet[], themes: string[]): Step1 {
  const coders = sheets.map((s) => s.coder);
  if (sheets[0].level === "sentence") {
    const ds = findSentenceDisagreements(sheets, themes);
    return {
      count: ds.length,
      table: sentenceDisagreementsCsv(ds, coders),
      template: sentenceDecisionsTemplateCsv(ds, coders),
    };
  }
  const ds = findDisagreements(sheets, themes);
  return { count: ds.length, table: disagreementsCsv(ds, coders), template: decisionsTemplateCsv(ds) };
}

/** Step 1: the disagreements table (to a file or stdout) and, when asked, a decisions file to fill. */
function writeDisagreements(step: Step1, table?: string, template?: string): void {
  if (table) writeFileAtomic(table, step.table);
  else process.stdout.write(step.table);
  if (!template) return;
  if (fs.existsSync(template))
    fail(`${template} exists; not overwriting decisions — choose another --template path`, 1);
  writeFileAtomic(template, step.template);
  console.error(
    `adjudicate: fill value (0/1) and a one-line reason in ${template}, ` +
      `then run with --decisions ${template} --out <gold.csv>`,
  );
}

/** The sheets, read against the codebook's themes and definitions; all of one level. */
function readSheets(files: string[], themes: string[], version: string): Sheet[] {
  const sheets = files.map((f) => loadSheet(f, { themeKeys: themes, codebookVersion: version }));
  for (const s of sheets) {
    for (const n of s.notes) console.error(`adjudicate: note: ${s.file}: ${n}`);
    for (const w of blankWarnings(s)) console.error(`adjudicate: warning: ${w}`);
  }
  if (new Set(sheets.map((s) => s.level)).size > 1)
    fail(`${sheets.map((s) => `${s.file} is ${s.level}-level`).join(", ")}: compare sheets of one level`, 1);
  return sheets;
}

function main(): void {
  const flags = parseOptions(process.argv.slice(2), {
    sheets: "strings",
    themes: "strings",
    codebook: "string",
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
  const codebook = loadCodebook(user(flags.codebook));
  const themes = selectThemes(themeKeys(codebook), listOption(flags.themes ?? []));
  const sheets = readSheets(files, themes, codebookVersion(codebook));
  const shared = commonIds(sheets);
  const sentences = sheets[0].level === "sentence";
  const cells = sentences ? shared.reduce((n, id) => n + sheets[0].sentences[id].length, 0) : shared.length;
  const step = disagreementsOf(sheets, themes);
  console.error(
    `adjudicate: ${sheets.length} ${sentences ? "sentence-level" : "unit-level"} sheets, ` +
      `${shared.length} shared units` +
      `${sentences ? ` (${cells} sentences)` : ""}, ${themes.length} themes, ${step.count} disagreement(s) ` +
      `of ${cells * themes.length} cells`,
  );
  if (!decisionsFile) {
    writeDisagreements(step, table, template);
    return;
  }

  if (!out) fail("--decisions needs --out <gold.csv>");
  const decisions = parseDecisions(readCsvFile(decisionsFile), decisionsFile, { themeKeys: themes, knownIds: shared });
  const gold = sentences
    ? buildSentenceGold(sheets, decisions, themes, decisionsFile)
    : buildGold(sheets, decisions, themes, decisionsFile);
  writeFileAtomic(out, goldCsv(gold));
  const adjudicated = gold.filter((g) => g.source === "adjudicated").length;
  console.error(`adjudicate: gold standard with ${gold.length} codes (${adjudicated} adjudicated) → ${out}`);
}

runCommand("adjudicate", USAGE, main);
