/**
 * Codes a corpus (or a folder of .txt files) with the codebook and writes the coding CSV, its
 * evidence beside it, and the codebook as a quanteda dictionary.
 *
 *   npm run code -- --corpus ungdc-kosovo --out output/coding-ungdc-kosovo.csv
 *   npm run code -- --texts my-texts/ --out output/my-coding.csv
 *
 * Options:
 *   --corpus <card>      a corpus card of data/corpora (its units: Kosovo passages or whole texts)
 *   --texts <folder>     .txt files; front matter (id, date, category, …) optional: without it the
 *                        file name is the id and the year is taken from a 4-digit year in the name.
 *                        A page pasted whole is read for the official's words only (questions of a
 *                        press conference, tickers, related news, navigation, captions left out and
 *                        reported: lib/units/pasted-page.ts)
 *   --out <file.csv>     the coding CSV; evidence goes to <file>.evidence.csv
 *   --codebook <file>    default data/codebook.yaml
 *   --mode sentence|unit the about-Kosovo scope (default: unit for a folder of whole texts,
 *                        sentence for General Debate cards)
 *   --years FROM-TO      override the card's years (with --corpus only)
 * Paths are read from where the command was typed. Before any work the inputs are checked and the
 * outputs guarded (`checkCommandPaths`: never an input, the project's data, a file that is not an
 * earlier coding CSV, or an evidence file's name); the three outputs are written as one unit (all
 * replaced or none, also on Ctrl-C). A corpus without a text to code writes nothing.
 * Exit status 1 with the file and line on bad input, 2 on a usage error.
 */
import { defaultCodebookPath, loadCodebook, toQuantedaYaml } from "../lib/codebook";
import { codingCsv, evidenceCsvPieces, isCodingCsvHeader, isEvidenceCsvHeader } from "../lib/coding";
import type { ScopeMode } from "../lib/coding";
import { archiveLine, type CorpusCard, type LoadReport, loadCard, readLooseTextFolder, sourceDir } from "../lib/corpus";
import { ArgumentError, InputError, outputPath, writeFilesAtomicAsync } from "../lib/core";
import { type LeftOut, pastedPageUnit } from "../lib/units";
import { codeCorpus, codeUnitsToRows } from "../lib/workflow";
import type { CodingRun } from "../lib/workflow";
import {
  checkCommandPaths,
  fromUser,
  type InputPath,
  parseOptions,
  refuseOption,
  runCommand,
  shownFromUser,
} from "../lib/cli";

const USAGE =
  "usage: npm run code -- (--corpus <card> | --texts <folder>) --out <file.csv> [--codebook <file>] " +
  "[--mode sentence|unit] [--years FROM-TO]";

interface Options {
  corpus?: string;
  texts?: string;
  out: string;
  codebook: string;
  mode?: ScopeMode;
  years?: [number, number];
}

/** The command line as options (paths resolved from where the user typed them); an ArgumentError when it is not one. */
function options(argv: string[]): Options {
  const { corpus, texts, out, codebook, mode, years } = parseOptions(argv, {
    corpus: "string",
    texts: "string",
    out: "string",
    codebook: "string",
    mode: "string",
    years: "string",
  });
  const bad = (option: string, expected: string, got: string) => new ArgumentError(option, expected, got);
  if (!out) throw new ArgumentError("--out", "a file", "", "--out <file.csv> is required");
  // a slip such as --out texts/a.txt or --out data/codebook.yaml would overwrite an input with the coding
  if (!/\.csv$/i.test(out)) throw new ArgumentError("--out", "a .csv file", out, "--out must name a .csv file");
  if (!!corpus === !!texts)
    throw bad("--corpus, --texts", "exactly one of --corpus <card> or --texts <folder>", corpus ? "both" : "neither");
  if (mode !== undefined && mode !== "sentence" && mode !== "unit") throw bad("--mode", '"sentence" or "unit"', mode);
  let range: [number, number] | undefined;
  if (years !== undefined) {
    const m = /^(\d{4})-(\d{4})$/.exec(years);
    if (!m || Number(m[1]) > Number(m[2])) throw bad("--years", "FROM-TO, e.g. 2008-2024", years);
    if (texts !== undefined)
      throw refuseOption(
        "--years",
        "applies to --corpus only (a folder of texts is coded whole, whatever the years)",
        "leave --years out, or put only the texts of those years in the folder",
      );
    range = [Number(m[1]), Number(m[2])];
  }
  return {
    corpus,
    texts: texts === undefined ? undefined : fromUser(texts),
    out: fromUser(out),
    codebook: codebook === undefined ? defaultCodebookPath() : fromUser(codebook),
    mode: mode as ScopeMode | undefined,
    years: range,
  };
}

/** Prints what a pasted page lost: one line per kind, then each line left out (shortened). */
function reportLeftOut(file: string, leftOut: LeftOut[]): void {
  if (leftOut.length === 0) return;
  const kinds = new Map<string, number>();
  for (const l of leftOut) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
  const summary = [...kinds].map(([k, n]) => `${n} ${k}${n === 1 ? "" : " lines"}`).join(", ");
  console.error(`code: ${file}: left out ${summary} (not the official's words)`);
  for (const l of leftOut) {
    const text = l.text.length > 80 ? `${l.text.slice(0, 77)}...` : l.text;
    console.error(`  ${file}:${l.line} (${l.kind}) ${text}`);
  }
}

/** A corpus with nothing to code is an error: an earlier output must not be replaced by an empty one. */
function nothingToCode(card: CorpusCard, years: [number, number] | undefined, texts: number): InputError {
  const where = shownFromUser(card.source.kind === "folder" ? sourceDir(card) : card.file);
  const range = years ? ` in ${years[0]}–${years[1]}` : "";
  const what = texts === 0 ? `holds no text of corpus ${card.name}${range}` : `gives no unit to code${range}`;
  const fill =
    card.source.kind === "folder"
      ? `fill it (npm run fetch -- --corpus ${card.name}, or npm run add-text)`
      : "check the card's years and units";
  return new InputError({ file: where, message: `${what}: nothing coded, nothing written`, fix: fill });
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const evidenceFile = o.out.replace(/\.csv$/i, "") + ".evidence.csv";
  const quanteda = outputPath("codebook-quanteda.yml");
  const card = o.corpus ? loadCard(o.corpus) : null;
  const inputs: InputPath[] = [{ option: "--codebook", path: o.codebook, kind: "file" }];
  if (o.texts) inputs.push({ option: "--texts", path: o.texts, kind: "folder" });
  checkCommandPaths({
    inputs,
    outputs: [
      { option: "--out", path: o.out, kind: "file", what: "the coding CSV", replaces: isCodingCsvHeader },
      {
        option: "--out (its evidence)",
        path: evidenceFile,
        kind: "file",
        what: "the evidence CSV",
        replaces: isEvidenceCsvHeader,
      },
      { option: "WORKBOOK_OUTPUT", path: quanteda, kind: "file", what: "the quanteda dictionary" },
    ],
    sideSuffixes: [{ suffix: ".evidence.csv", of: "the evidence CSV" }],
  });
  const codebook = loadCodebook(o.codebook);
  let t0 = process.hrtime.bigint();
  let run: CodingRun;
  if (card) {
    const onLoad = (loaded: { report: LoadReport }) => {
      for (const n of loaded.report.notes) console.error(n);
      const used = archiveLine(loaded.report);
      if (used) console.error(used.replace(/`/g, ""));
      t0 = process.hrtime.bigint();
    };
    const coded = codeCorpus(card, { codebook, mode: o.mode, years: o.years, quiet: true, onLoad });
    if (coded.units.length === 0) throw nothingToCode(card, o.years, coded.texts.length);
    run = coded;
  } else {
    const pages = readLooseTextFolder(o.texts as string).map((t) => ({ source: t.source, ...pastedPageUnit(t) }));
    for (const p of pages) reportLeftOut(p.source, p.leftOut);
    const units = pages.map((p) => p.unit);
    t0 = process.hrtime.bigint();
    run = codeUnitsToRows(units, { codebook, mode: o.mode ?? "unit" });
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await writeFilesAtomicAsync([
    { file: o.out, data: codingCsv(run.rows, run.compiled) },
    { file: evidenceFile, data: evidenceCsvPieces(run.coded) },
    { file: quanteda, data: toQuantedaYaml(codebook) },
  ]);

  const themes = run.compiled.themeKeys;
  const totals = themes.map((k) => `${k} ${run.rows.filter((r) => r.codes[k].present === 1).length}`).join(", ");
  const evidenceRows = run.coded.reduce((a, c) => a + c.evidence.length, 0);
  console.log(`coded ${run.units.length} units (${run.mode} scope) in ${seconds.toFixed(2)} s`);
  console.log(`presence: ${totals}`);
  console.log(
    `wrote ${shownFromUser(o.out)}, ${shownFromUser(evidenceFile)} (${evidenceRows} evidence rows), ` +
      shownFromUser(quanteda),
  );
}

runCommand("code", USAGE, main);
