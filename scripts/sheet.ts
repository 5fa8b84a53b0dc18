/**
 * Writes a coding sheet for a human coder: one row per unit of a corpus (id, coder, year, country,
 * speaker, the unit's text in one cell) and one empty column per theme key of the codebook, to be
 * filled with 1 (present) or 0 (absent). Opens in a spreadsheet (UTF-8 with a byte-order mark).
 *
 *   npm run sheet -- --corpus ungdc-kosovo --coder ana --out data/coding/ungdc-kosovo/ana.csv
 *   npm run sheet -- --corpus ungdc-kosovo --coder ana --sample 0.2 --seed 2024 --out ana.csv
 *        [--codebook data/codebook.yaml] [--no-bom]
 *
 * Two coders given the same --sample and --seed get the same units (double coding). The output is
 * sorted by unit id; the same corpus, codebook, sample and seed give a byte-identical file.
 * An existing sheet is never overwritten (it may hold a coder's work).
 */
import * as fs from "fs";
import { loadCodebook, themeKeys } from "../lib/codebook";
import { loadUnits } from "../lib/corpus";
import { writeFileAtomic } from "../lib/core";
import { sampleUnits, sheetCsv } from "../lib/sheets";
import { failWith, fromUser, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run sheet -- --corpus <card> --coder <name> [--sample 0.2 --seed <n>] --out <file.csv> " +
  "[--codebook <file.yaml>] [--no-bom]";

const fail: (message: string, code?: number) => never = failWith("sheet", USAGE);

/** The share of units to sample: a fraction in (0, 1], with the seed that draws it again. */
function sampleFraction(sample: string | undefined, seed: string | undefined): number {
  if (sample === undefined) return 1;
  const fraction = Number(sample);
  if (!(fraction > 0 && fraction <= 1)) fail(`--sample must be a fraction in (0, 1], e.g. 0.2; got "${sample}"`);
  if (seed === undefined) fail("--sample needs --seed <n> so that the sample can be drawn again");
  return fraction;
}

function main(): void {
  const values = parseOptions(process.argv.slice(2), {
    corpus: "string",
    coder: "string",
    sample: "string",
    seed: "string",
    out: "string",
    codebook: "string",
    "no-bom": "boolean",
  });
  if (!values.corpus) fail("no corpus: pass --corpus <card> (a name under data/corpora/)");
  const coder = values.coder?.trim();
  if (!coder) fail("no coder: pass --coder <name>");
  if (!values.out) fail("no output file: pass --out <file.csv>");
  const out = fromUser(values.out);
  const codebook = values.codebook === undefined ? undefined : fromUser(values.codebook);
  if (fs.existsSync(out))
    fail(`${out} exists; not overwriting a coding sheet — choose another --out path or move the old one`, 1);
  const fraction = sampleFraction(values.sample, values.seed);
  const themes = themeKeys(loadCodebook(codebook));
  const all = loadUnits(values.corpus);
  const units = fraction < 1 ? sampleUnits(all, fraction, values.seed!) : all;
  const built = sheetCsv(units, themes, { coder, bom: !values["no-bom"] });
  for (const w of built.warnings) console.error(`sheet: warning: ${w}`);
  writeFileAtomic(out, built.csv);
  const how = fraction < 1 ? `a ${fraction} sample (seed ${values.seed}) of ${all.length} units` : "every unit";
  console.error(`sheet: ${built.rows} units (${how}) × ${themes.length} themes for ${coder} → ${out}`);
}

runCommand("sheet", USAGE, main);
