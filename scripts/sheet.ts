/**
 * Writes a coding sheet for a human coder, unit-level (one row per unit, its text in one cell) or
 * sentence-level (one row per sentence, numbered by the workbook's splitter), with one empty column
 * per theme of the codebook to fill with 1 (present) or 0 (absent). Opens in a spreadsheet (UTF-8
 * with a byte-order mark).
 *
 *   npm run sheet -- --corpus ungdc-kosovo --coder ana --out data/coding/ungdc-kosovo/ana.csv
 *   npm run sheet -- --corpus ungdc-kosovo --coder ana --sample 0.2 --seed 2024 --out ana.csv
 *   npm run sheet -- --corpus ungdc-kosovo-1989-2007 --coder A --level sentence --sample 0.12 --seed round-2 \
 *        --stratify period,group --halves --sample-list data/coding/ungdc-kosovo-1989-2007/sample.csv --out a.csv
 *   other options: [--codebook data/codebook.yaml] [--no-bom]
 *
 * Two coders given the same --sample, --seed and --stratify get the same units (double coding).
 * --stratify draws ⌈share⌉ of every stratum (period: the card's periods; group: data/country-groups.csv;
 * country); --halves splits the sample into a tuning and a held-out half, balanced within strata;
 * --sample-list writes the list of units (id,stratum,half,sentences) — or, when it exists, checks
 * that it is the same sample. Sentence-level sheets carry the version of the codebook's definitions.
 * Same inputs, byte-identical files. An existing sheet is never overwritten (it may hold a coder's work).
 */
import * as fs from "fs";
import { codebookVersion, loadCodebook, themeKeys } from "../lib/codebook";
import { loadCard, loadUnits } from "../lib/corpus";
import { writeFileAtomic } from "../lib/core";
import { drawSample, sampleListCsv, sentenceSheetCsv, sheetCsv } from "../lib/sheets";
import { failWith, fromUser, listOption, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run sheet -- --corpus <card> --coder <name> --out <file.csv> [--level unit|sentence] " +
  "[--sample 0.2 --seed <s> [--stratify period,group] [--halves] [--sample-list <sample.csv>]] " +
  "[--codebook <file.yaml>] [--no-bom]";

const fail: (message: string, code?: number) => never = failWith("sheet", USAGE);

/** The share of units to sample: a fraction in (0, 1], with the seed that draws it again. */
function sampleFraction(sample: string | undefined, seed: string | undefined): number {
  if (sample === undefined) return 1;
  const fraction = Number(sample);
  if (!(fraction > 0 && fraction <= 1)) fail(`--sample must be a fraction in (0, 1], e.g. 0.2; got "${sample}"`);
  if (seed === undefined) fail("--sample needs --seed <s> so that the sample can be drawn again");
  return fraction;
}

/** Writes the sample list, or checks that an existing one lists the same sample. */
function writeSampleList(file: string, csv: string): void {
  if (!fs.existsSync(file)) {
    writeFileAtomic(file, csv);
    console.error(`sheet: sample list → ${file}`);
  } else if (fs.readFileSync(file, "utf8") === csv) console.error(`sheet: ${file} lists the same sample (unchanged)`);
  else fail(`${file} exists and lists another sample: not overwriting it — check --sample, --seed and --stratify`, 1);
}

function main(): void {
  const values = parseOptions(process.argv.slice(2), {
    corpus: "string",
    coder: "string",
    level: "string",
    sample: "string",
    seed: "string",
    stratify: "strings",
    halves: "boolean",
    "sample-list": "string",
    out: "string",
    codebook: "string",
    "no-bom": "boolean",
  });
  if (!values.corpus) fail("no corpus: pass --corpus <card> (a name under data/corpora/)");
  const coder = values.coder?.trim();
  if (!coder) fail("no coder: pass --coder <name>");
  if (!values.out) fail("no output file: pass --out <file.csv>");
  const level = values.level ?? "unit";
  if (level !== "unit" && level !== "sentence") fail(`--level must be unit or sentence, not "${level}"`);
  const out = fromUser(values.out);
  const codebookFile = values.codebook === undefined ? undefined : fromUser(values.codebook);
  if (fs.existsSync(out))
    fail(`${out} exists; not overwriting a coding sheet — choose another --out path or move the old one`, 1);
  const fraction = sampleFraction(values.sample, values.seed);
  const stratify = listOption(values.stratify ?? []);
  const drawn = fraction < 1 || stratify.length > 0 || values.halves;
  if (drawn && values.seed === undefined) fail("--stratify and --halves need --sample <share> --seed <s>");
  const codebook = loadCodebook(codebookFile);
  const themes = themeKeys(codebook);
  const all = loadUnits(values.corpus);
  const sample = drawn
    ? drawSample(all, {
        fraction,
        seed: values.seed as string,
        stratify,
        periods: loadCard(values.corpus).periods,
        halves: values.halves,
      })
    : null;
  if (values["sample-list"] !== undefined) {
    if (!sample) fail("--sample-list needs a sample: pass --sample <share> --seed <s>");
    writeSampleList(fromUser(values["sample-list"]), sampleListCsv(sample.map((s) => s.entry)));
  }
  const units = sample ? sample.map((s) => s.unit) : all;
  const bom = !values["no-bom"];
  let csv: string;
  if (level === "sentence") csv = sentenceSheetCsv(units, themes, { coder, codebook: codebookVersion(codebook), bom });
  else {
    const built = sheetCsv(units, themes, { coder, bom });
    for (const w of built.warnings) console.error(`sheet: warning: ${w}`);
    csv = built.csv;
  }
  writeFileAtomic(out, csv);
  const how = sample ? `a ${fraction} sample (seed ${values.seed}) of ${all.length} units` : "every unit";
  console.error(
    `sheet: ${units.length} units (${how}), ${level} level, × ${themes.length} themes for ${coder} → ${out}`,
  );
}

runCommand("sheet", USAGE, main);
