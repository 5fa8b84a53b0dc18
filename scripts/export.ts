/**
 * Exports a corpus's units and codings for the qualitative-analysis tools, as a REFI-QDA project (.qdpx) that
 * MAXQDA, ATLAS.ti, NVivo and QualCoder open: the units as text sources, the codebook's themes as codes (with
 * their definitions), and the codings of the dictionary coder and of each human sheet as separate users —
 * selections over the sentences that carry a theme.
 *
 *   npm run export -- --format qdpx --corpus ungdc-kosovo-1989-2007 --out output/round-2.qdpx
 *   npm run export -- --format qdpx --corpus <card> --units data/coding/<card>/sample.csv --half tune --out <f>
 *        [--sample 0.2 --seed 1]          a seeded sample of the units instead
 *        [--sheets a.csv b.csv]           these sheets (default: every sheet of data/coding/<card>/)
 *        [--no-sheets] [--no-dictionary]  leave the human or the dictionary coder's codings out
 *        [--include-holdout]              also the human codings of a round's held-out half (final evaluation)
 *        [--codebook data/codebook.yaml]
 *
 * The same inputs give the same bytes. `npm run import-codings` reads codings made in a tool back into a sheet.
 */
import { writeFileAtomic } from "../lib/core";
import { buildQdpxExport, qdpxBytes, type UnitChoice } from "../lib/sheets";
import { failWith, fromUser, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run export -- --format qdpx --corpus <card> --out <file.qdpx> [--sample 0.2 --seed <s> | " +
  "--units <file.csv> [--half <name>]] [--sheets <a.csv> ...] [--no-sheets] [--no-dictionary] [--include-holdout] " +
  "[--codebook <file.yaml>]";

const fail: (message: string, code?: number) => never = failWith("export", USAGE);

/** Which units: every unit, a seeded sample, or a listed set. */
function unitChoice(v: { sample?: string; seed?: string; units?: string; half?: string }): UnitChoice {
  if (v.sample !== undefined && v.units !== undefined) fail("give --sample or --units, not both");
  if (v.half !== undefined && v.units === undefined) fail("--half picks a half of a --units list: give --units too");
  if (v.units !== undefined) return { kind: "list", file: fromUser(v.units), half: v.half };
  if (v.sample === undefined) return { kind: "all" };
  const fraction = Number(v.sample);
  if (!(fraction > 0 && fraction <= 1)) fail(`--sample must be a fraction in (0, 1], e.g. 0.2; got "${v.sample}"`);
  if (v.seed === undefined) fail("--sample needs --seed <s>");
  return { kind: "sample", fraction, seed: v.seed };
}

async function main(): Promise<void> {
  const v = parseOptions(process.argv.slice(2), {
    format: "string",
    corpus: "string",
    out: "string",
    sample: "string",
    seed: "string",
    units: "string",
    half: "string",
    sheets: "strings",
    "no-sheets": "boolean",
    "no-dictionary": "boolean",
    "include-holdout": "boolean",
    codebook: "string",
  });
  if (v.format === undefined) fail("no format: pass --format qdpx (a REFI-QDA project)");
  if (v.format !== "qdpx") fail(`--format must be qdpx (a REFI-QDA project), not "${v.format}"`);
  if (!v.corpus) fail("no corpus: pass --corpus <card> (a name under data/corpora/)");
  if (!v.out) fail("no output file: pass --out <file.qdpx>");
  if (!/\.qdpx$/i.test(v.out)) fail(`--out must name a .qdpx file, not "${v.out}"`);
  if (v["no-sheets"] && v.sheets?.length) fail("give --sheets or --no-sheets, not both");
  const built = buildQdpxExport({
    corpus: v.corpus,
    units: unitChoice(v),
    sheets: v["no-sheets"] ? [] : v.sheets?.length ? v.sheets.map(fromUser) : undefined,
    noDictionary: v["no-dictionary"] === true,
    includeHoldout: v["include-holdout"] === true,
    codebook: v.codebook === undefined ? undefined : fromUser(v.codebook),
  });
  const out = fromUser(v.out);
  const bytes = await qdpxBytes(built.project);
  writeFileAtomic(out, bytes);
  for (const n of built.notes) console.error(`export: ${n}`);
  for (const w of built.warnings) console.error(`export: warning: ${w}`);
  const p = built.project;
  const selections = p.sources.reduce((n, s) => n + s.selections.length, 0);
  console.error(
    `export: ${p.sources.length} sources, ${p.codes.length} codes, ${p.users.length} users ` +
      `(${p.users.map((u) => u.name).join(", ")}), ${selections} coded selections → ${out} ` +
      `(${(bytes.length / 1024).toFixed(0)} KB)`,
  );
}

runCommand("export", USAGE, main);
