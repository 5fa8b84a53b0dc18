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
 *                        file name is the id and the year is taken from a 4-digit year in the name
 *   --out <file.csv>     the coding CSV; evidence goes to <file>.evidence.csv
 *   --codebook <file>    default data/codebook.yaml
 *   --mode sentence|unit the about-Kosovo scope (default: unit for a folder of whole texts,
 *                        sentence for General Debate cards)
 *   --years FROM-TO      override the card's years
 * Exit status 1 with the file and line on bad input, 2 on a usage error.
 */
import * as fs from "fs";
import * as path from "path";
import { loadCodebook, toQuantedaYaml, defaultCodebookPath } from "../lib/codebook";
import { codeUnits, codingCsv, compileCodebook, defaultScopeMode, evidenceCsv, toCodedRows } from "../lib/coding";
import type { ScopeMode } from "../lib/coding";
import { archiveLine, loadCard, loadCorpus, parseTextFile, unitsOf } from "../lib/corpus";
import { InputError, ValidationError } from "../lib/core";
import type { Problem } from "../lib/core";
import { outputPath, writeFileAtomic } from "../lib/core";
import type { Text, Unit } from "../lib/core";
import { countWords, wholeTextUnit } from "../lib/units";

const USAGE =
  "usage: npm run code -- (--corpus <card> | --texts <folder>) --out <file.csv> [--codebook <file>] [--mode sentence|unit] [--years FROM-TO]";

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new UsageError(`unexpected argument "${a}"`);
    const k = a.slice(2);
    if (!["corpus", "texts", "out", "codebook", "mode", "years"].includes(k))
      throw new UsageError(`unknown option --${k}`);
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new UsageError(`--${k} needs a value`);
    out[k] = v;
    i++;
  }
  return out;
}

class UsageError extends Error {}

/** A .txt file as a Text: with front matter parsed by the corpus module, without it named by its file. */
function readLooseText(file: string, shown: string): Text {
  const bytes = fs.readFileSync(file);
  // parseTextFile checks UTF-8 itself when given the bytes; a loose text is checked here (never decoded with U+FFFD).
  if (/^\uFEFF?---\s*\r?\n/.test(bytes.subarray(0, 4096).toString("utf8"))) return parseTextFile(shown, bytes);
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const line = loose.slice(0, Math.max(0, loose.indexOf("\uFFFD"))).split("\n").length;
    throw new InputError({
      file: shown,
      line,
      message: "not valid UTF-8",
      fix: "save the file as UTF-8 (in most editors: Save with encoding → UTF-8)",
    });
  }
  const id = path.basename(file).replace(/\.txt$/i, "");
  const y = /(?:^|[^0-9])((?:19|20)\d\d)(?:[^0-9]|$)/.exec(id);
  const body = content
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  return {
    id,
    date: null,
    year: y ? Number(y[1]) : 0,
    category: "",
    speaker: "",
    post: "",
    country: "",
    countryName: "",
    venue: "",
    source: shown,
    body,
    words: countWords(body),
  };
}

function readFolder(dir: string): Text[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new InputError({ file: dir, message: "no such folder", fix: "give --texts a folder of .txt files" });
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".txt") && !f.startsWith("."))
    .sort();
  if (files.length === 0)
    throw new InputError({
      file: dir,
      message: "the folder holds no .txt files",
      fix: "put one UTF-8 .txt file per text in it",
    });
  const problems: Problem[] = [];
  const texts: Text[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const shown = path.join(dir, f);
    try {
      const t = readLooseText(path.join(dir, f), shown);
      const prev = seen.get(t.id);
      if (prev)
        problems.push({
          file: shown,
          line: 1,
          message: `duplicate id "${t.id}" (also ${prev})`,
          fix: "rename one of the files or change its id",
        });
      else {
        seen.set(t.id, shown);
        texts.push(t);
      }
    } catch (e) {
      if (e instanceof ValidationError) problems.push(...e.problems);
      else if (e instanceof InputError) problems.push({ file: e.file, line: e.line, message: e.detail, fix: e.fix });
      else throw e;
    }
  }
  if (problems.length) throw new ValidationError(`texts folder ${dir}`, problems);
  return texts;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args.out) throw new UsageError("--out <file.csv> is required");
  // a slip such as --out texts/a.txt or --out data/codebook.yaml would overwrite an input with the coding
  if (!/\.csv$/i.test(args.out)) throw new UsageError(`--out must name a .csv file, not "${args.out}"`);
  if (!!args.corpus === !!args.texts) throw new UsageError("give exactly one of --corpus <card> or --texts <folder>");
  if (args.mode && args.mode !== "sentence" && args.mode !== "unit")
    throw new UsageError(`--mode must be "sentence" or "unit", not "${args.mode}"`);

  const codebook = loadCodebook(args.codebook ?? defaultCodebookPath());
  let units: Unit[];
  let mode: ScopeMode;
  if (args.corpus) {
    const card = loadCard(args.corpus);
    let years: [number, number] | undefined;
    if (args.years) {
      const m = /^(\d{4})-(\d{4})$/.exec(args.years);
      if (!m) throw new UsageError(`--years must look like 2008-2024, not "${args.years}"`);
      years = [Number(m[1]), Number(m[2])];
    }
    const loaded = loadCorpus(card, { years });
    for (const n of loaded.report.notes) console.error(n);
    const used = archiveLine(loaded.report);
    if (used) console.error(used.replace(/`/g, ""));
    units = unitsOf(card, loaded.texts);
    mode = (args.mode as ScopeMode) ?? defaultScopeMode(card);
  } else {
    units = readFolder(args.texts).map(wholeTextUnit);
    mode = (args.mode as ScopeMode) ?? "unit";
  }

  const compiled = compileCodebook(codebook, { mode });
  const t0 = process.hrtime.bigint();
  const coded = codeUnits(compiled, units);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rows = toCodedRows(units, coded);
  const out = args.out;
  const evidenceFile = out.replace(/\.csv$/i, "") + ".evidence.csv";
  writeFileAtomic(out, codingCsv(rows, compiled.themeKeys));
  writeFileAtomic(evidenceFile, evidenceCsv(coded));
  const quanteda = outputPath("codebook-quanteda.yml");
  writeFileAtomic(quanteda, toQuantedaYaml(codebook));

  const totals = compiled.themeKeys
    .map((k) => `${k} ${rows.filter((r) => r.codes[k].present === 1).length}`)
    .join(", ");
  console.log(`coded ${units.length} units (${mode} scope) in ${seconds.toFixed(2)} s`);
  console.log(`presence: ${totals}`);
  console.log(
    `wrote ${out}, ${evidenceFile} (${coded.reduce((a, c) => a + c.evidence.length, 0)} evidence rows), ${path.relative(process.cwd(), quanteda)}`,
  );
}

try {
  main();
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`code: ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  if (e instanceof InputError || e instanceof ValidationError) {
    console.error(`code: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
