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
 *   --years FROM-TO      override the card's years
 * Exit status 1 with the file and line on bad input, 2 on a usage error.
 */
import * as path from "path";
import { parseArgs } from "util";
import { defaultCodebookPath, loadCodebook, toQuantedaYaml } from "../lib/codebook";
import { codingCsv, evidenceCsv } from "../lib/coding";
import type { ScopeMode } from "../lib/coding";
import { archiveLine, type LoadReport, readLooseTextFolder } from "../lib/corpus";
import { ArgumentError, InputError, ValidationError, outputPath, writeFileAtomic } from "../lib/core";
import { type LeftOut, pastedPageUnit } from "../lib/units";
import { codeCorpus, codeUnitsToRows } from "../lib/workflow";
import type { CodingRun } from "../lib/workflow";
import { failWith } from "../lib/cli";

const USAGE =
  "usage: npm run code -- (--corpus <card> | --texts <folder>) --out <file.csv> [--codebook <file>] " +
  "[--mode sentence|unit] [--years FROM-TO]";

const usage: (message: string) => never = failWith("code", USAGE);

interface Options {
  corpus?: string;
  texts?: string;
  out: string;
  codebook?: string;
  mode?: ScopeMode;
  years?: [number, number];
}

/** The command line as options; a usage error (exit 2) when it is not one. */
function options(argv: string[]): Options {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        corpus: { type: "string" },
        texts: { type: "string" },
        out: { type: "string" },
        codebook: { type: "string" },
        mode: { type: "string" },
        years: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return usage((e as Error).message);
  }
  const { corpus, texts, out, codebook, mode, years } = values;
  if (!out) usage("--out <file.csv> is required");
  // a slip such as --out texts/a.txt or --out data/codebook.yaml would overwrite an input with the coding
  if (!/\.csv$/i.test(out)) usage(`--out must name a .csv file, not "${out}"`);
  if (!!corpus === !!texts) usage("give exactly one of --corpus <card> or --texts <folder>");
  if (mode !== undefined && mode !== "sentence" && mode !== "unit")
    usage(`--mode must be "sentence" or "unit", not "${mode}"`);
  let range: [number, number] | undefined;
  if (years !== undefined) {
    const m = /^(\d{4})-(\d{4})$/.exec(years);
    if (!m) usage(`--years must look like 2008-2024, not "${years}"`);
    range = [Number(m[1]), Number(m[2])];
  }
  return { corpus, texts, out, codebook, mode: mode as ScopeMode | undefined, years: range };
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

function main(): void {
  const o = options(process.argv.slice(2));
  const codebook = loadCodebook(o.codebook ?? defaultCodebookPath());
  let t0 = process.hrtime.bigint();
  let run: CodingRun;
  if (o.corpus) {
    const onLoad = (loaded: { report: LoadReport }) => {
      for (const n of loaded.report.notes) console.error(n);
      const used = archiveLine(loaded.report);
      if (used) console.error(used.replace(/`/g, ""));
      t0 = process.hrtime.bigint();
    };
    run = codeCorpus(o.corpus, { codebook, mode: o.mode, years: o.years, quiet: true, onLoad });
  } else {
    const pages = readLooseTextFolder(o.texts as string).map((t) => ({ source: t.source, ...pastedPageUnit(t) }));
    for (const p of pages) reportLeftOut(p.source, p.leftOut);
    const units = pages.map((p) => p.unit);
    t0 = process.hrtime.bigint();
    run = codeUnitsToRows(units, { codebook, mode: o.mode ?? "unit" });
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const evidenceFile = o.out.replace(/\.csv$/i, "") + ".evidence.csv";
  writeFileAtomic(o.out, codingCsv(run.rows, run.compiled));
  writeFileAtomic(evidenceFile, evidenceCsv(run.coded));
  const quanteda = outputPath("codebook-quanteda.yml");
  writeFileAtomic(quanteda, toQuantedaYaml(codebook));

  const themes = run.compiled.themeKeys;
  const totals = themes.map((k) => `${k} ${run.rows.filter((r) => r.codes[k].present === 1).length}`).join(", ");
  const evidenceRows = run.coded.reduce((a, c) => a + c.evidence.length, 0);
  console.log(`coded ${run.units.length} units (${run.mode} scope) in ${seconds.toFixed(2)} s`);
  console.log(`presence: ${totals}`);
  console.log(
    `wrote ${o.out}, ${evidenceFile} (${evidenceRows} evidence rows), ${path.relative(process.cwd(), quanteda)}`,
  );
}

try {
  main();
} catch (e) {
  if (e instanceof ArgumentError) usage(e.message);
  if (e instanceof InputError || e instanceof ValidationError) {
    console.error(`code: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
