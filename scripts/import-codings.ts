/**
 * Reads codings made in a qualitative-analysis tool (a REFI-QDA project, .qdpx, exported by MAXQDA, ATLAS.ti,
 * NVivo or QualCoder from a project that `npm run export` wrote) back into a coding sheet: one user's codings of
 * the codebook's themes, each selection placed on the sentences it covers.
 *
 *   npm run import-codings -- --from class.qdpx --coder ana --out data/coding/<card>/ana.csv
 *        [--level sentence|presence]     a sentence-level sheet (default) or a presence sheet (one row per unit)
 *        [--codebook data/codebook.yaml]
 *
 * Without --coder the project must have one user. The sheet is what `npm run reliability` and
 * `npm run adjudicate` read, checked by the same reader (`parseSheet`) before it is written: a project coded
 * against another codebook version is refused. An existing file is never overwritten (it may be a coder's work).
 */
import * as fs from "fs";
import { codebookVersion, loadCodebook } from "../lib/codebook";
import { InputError, writeFileAtomic } from "../lib/core";
import { importCodings, importedPresenceSheet, importedSentenceSheet, parseSheet, readQdpx } from "../lib/sheets";
import { failWith, fromUser, parseOptions, runCommand } from "../lib/cli";

const USAGE =
  "usage: npm run import-codings -- --from <file.qdpx> --out <sheet.csv> [--coder <user>] " +
  "[--level sentence|presence] [--codebook <file.yaml>]";

const fail: (message: string, code?: number) => never = failWith("import-codings", USAGE);

async function main(): Promise<void> {
  const v = parseOptions(process.argv.slice(2), {
    from: "string",
    out: "string",
    coder: "string",
    level: "string",
    codebook: "string",
  });
  if (!v.from) fail("no project: pass --from <file.qdpx>");
  if (!v.out) fail("no output file: pass --out <sheet.csv>");
  if (!/\.csv$/i.test(v.out)) fail(`--out must name a .csv file, not "${v.out}"`);
  const level = v.level ?? "sentence";
  if (level !== "sentence" && level !== "presence") fail(`--level must be sentence or presence, not "${v.level}"`);
  const from = fromUser(v.from);
  const out = fromUser(v.out);
  if (fs.existsSync(out)) fail(`${out} exists; not overwriting a coding sheet — choose another --out path`, 1);
  if (!fs.existsSync(from))
    throw new InputError({ file: from, message: "file not found", fix: "check the path of the .qdpx file" });
  const codebook = loadCodebook(v.codebook === undefined ? undefined : fromUser(v.codebook));
  const keys = codebook.themes.map((t) => t.key);
  const project = await readQdpx(fs.readFileSync(from), from);
  const imported = importCodings(project, v.coder, codebook.themes, from);
  const whole = imported.units.filter((u) => u.whole.length > 0).length;
  if (level === "sentence" && whole > 0)
    console.error(
      `import-codings: note: ${imported.user} coded ${whole} whole unit(s) without a place: a sentence-level sheet ` +
        "cannot hold them (use --level presence)",
    );
  const csv =
    level === "sentence" ? importedSentenceSheet(imported, keys, from) : importedPresenceSheet(imported, keys);
  // what is written is a sheet the one sheet reader takes, with the checks npm run reliability makes: a project whose
  // units carry another codebook version is refused here, before a sheet is written, not later
  parseSheet(csv, out, { themeKeys: keys, codebookVersion: codebookVersion(codebook) });
  writeFileAtomic(out, csv);
  for (const n of imported.notes) console.error(`import-codings: note: ${n}`);
  const coded = imported.units.filter((u) => u.coded).length;
  console.error(
    `import-codings: ${imported.user}: ${imported.units.length} units (${coded} coded completely), ${level} level ` +
      `→ ${out}`,
  );
}

runCommand("import-codings", USAGE, main);
