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
import * as path from "path";
import { parseArgs } from "util";
import { loadCodebook, themeKeys } from "../lib/codebook";
import { loadUnits } from "../lib/corpus";
import { InputError, ValidationError } from "../lib/core";
import { writeFileAtomic } from "../lib/core";
import { sampleUnits, sheetCsv } from "../lib/sheets";
import { fromUser } from "./cli";

const USAGE =
  "usage: npm run sheet -- --corpus <card> --coder <name> [--sample 0.2 --seed <n>] --out <file.csv> [--codebook <file.yaml>] [--no-bom]";

function fail(message: string, code = 2): never {
  console.error(`sheet: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: "string" },
        coder: { type: "string" },
        sample: { type: "string" },
        seed: { type: "string" },
        out: { type: "string" },
        codebook: { type: "string" },
        "no-bom": { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (!values.corpus) fail("no corpus: pass --corpus <card> (a name under data/corpora/)");
  if (!values.coder || !values.coder.trim()) fail("no coder: pass --coder <name>");
  if (!values.out) fail("no output file: pass --out <file.csv>");
  values.out = fromUser(values.out);
  if (values.codebook) values.codebook = fromUser(values.codebook);
  if (fs.existsSync(values.out))
    fail(`${values.out} exists; not overwriting a coding sheet — choose another --out path or move the old one`, 1);
  let fraction = 1;
  if (values.sample !== undefined) {
    fraction = Number(values.sample);
    if (!(fraction > 0 && fraction <= 1))
      fail(`--sample must be a fraction in (0, 1], e.g. 0.2; got "${values.sample}"`);
    if (values.seed === undefined) fail("--sample needs --seed <n> so that the sample can be drawn again");
  }
  const themes = themeKeys(loadCodebook(values.codebook));
  const all = loadUnits(values.corpus);
  const units = fraction < 1 ? sampleUnits(all, fraction, values.seed!) : all;
  const built = sheetCsv(units, themes, { coder: values.coder.trim(), bom: !values["no-bom"] });
  for (const w of built.warnings) console.error(`sheet: warning: ${w}`);
  writeFileAtomic(values.out, built.csv);
  const how = fraction < 1 ? `a ${fraction} sample (seed ${values.seed}) of ${all.length} units` : "every unit";
  console.error(`sheet: ${built.rows} units (${how}) × ${themes.length} themes for ${values.coder} → ${values.out}`);
}

main().catch((e) => {
  if (e instanceof ValidationError || e instanceof InputError) fail(e.message, 1);
  throw e;
});
