/**
 * Writes a coding page: one self-contained HTML file (no server, no network; it opens from disk) in which a
 * coder codes a corpus's units sentence by sentence, with the codebook's definitions beside the text. The work
 * is kept in the browser as it is done; the page exports the sentence-level sheet (CSV) that
 * `npm run reliability` and `npm run adjudicate` read.
 *
 *   npm run coding-page -- --corpus ungdc-kosovo-1989-2007 --coder ana --sample 0.2 --seed 1 --out ana.html
 *   npm run coding-page -- --corpus <card> --coder <name> --units data/coding/<card>/sample.csv --half tune
 *        --out <file.html>
 *   npm run coding-page -- ... --evidence     an instructor's page: the dictionary coder's evidence shown
 *        [--codebook data/codebook.yaml]
 *
 * Two coders given the same --sample and --seed (or --units) code the same units. Blind by default.
 */
import { writeFileAtomic } from "../lib/core";
import { buildCodingPage, type UnitChoice } from "../lib/sheets";
import { failWith, fromUser, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run coding-page -- --corpus <card> --coder <name> [--sample 0.2 --seed <s> | --units <file.csv> " +
  "[--half <name>]] [--evidence] [--codebook <file.yaml>] --out <file.html>";

const fail: (message: string, code?: number) => never = failWith("coding-page", USAGE);

/** Which units: every unit, a seeded sample, or a listed set. */
function unitChoice(v: { sample?: string; seed?: string; units?: string; half?: string }): UnitChoice {
  if (v.sample !== undefined && v.units !== undefined) fail("give --sample or --units, not both");
  if (v.half !== undefined && v.units === undefined) fail("--half picks a half of a --units list: give --units too");
  if (v.units !== undefined) return { kind: "list", file: fromUser(v.units), half: v.half };
  if (v.sample === undefined) {
    if (v.seed !== undefined) fail("--seed draws a --sample: give --sample too");
    return { kind: "all" };
  }
  const fraction = Number(v.sample);
  if (!(fraction > 0 && fraction <= 1)) fail(`--sample must be a fraction in (0, 1], e.g. 0.2; got "${v.sample}"`);
  if (v.seed === undefined) fail("--sample needs --seed <s> so that every coder gets the same units");
  return { kind: "sample", fraction, seed: v.seed };
}

function main(): void {
  const v = parseOptions(process.argv.slice(2), {
    corpus: "string",
    coder: "string",
    sample: "string",
    seed: "string",
    units: "string",
    half: "string",
    evidence: "boolean",
    codebook: "string",
    out: "string",
  });
  if (!v.corpus) fail("no corpus: pass --corpus <card> (a name under data/corpora/)");
  if (!v.coder?.trim()) fail("no coder: pass --coder <name> (the sheet the page exports names its coder)");
  if (!v.out) fail("no output file: pass --out <file.html>");
  if (!/\.html?$/i.test(v.out)) fail(`--out must name an .html file, not "${v.out}"`);
  const out = fromUser(v.out);
  const page = buildCodingPage({
    corpus: v.corpus,
    coder: v.coder,
    units: unitChoice(v),
    evidence: v.evidence === true,
    codebook: v.codebook === undefined ? undefined : fromUser(v.codebook),
  });
  writeFileAtomic(out, page.html);
  const d = page.data;
  const kb = (Buffer.byteLength(page.html) / 1024).toFixed(0);
  console.error(
    `coding-page: ${d.units.length} units, ${page.sentences} sentences × ${d.themes.length} themes for ${d.coder} ` +
      `(${d.evidence ? "with the dictionary coder's evidence" : "blind"}; ${d.sample}; codebook ${d.codebook}) ` +
      `→ ${out} (${kb} KB)`,
  );
}

runCommand("coding-page", USAGE, main);
