/**
 * Reading a coder's sheet for the exchange: a sentence-level sheet (`id, sentence, coder, codebook, …, <themes>,
 * note`) as sentence codes, a presence-level sheet (one row per unit) as unit codes.
 *
 * Interim: the one sheet reader for both levels (blanks as missing, the codebook version refused when it
 * differs, spreadsheet exports recognised) is being built beside this (issue 14). Until it is merged this reads
 * sentence-level sheets with the same column rules; then `readCoding` becomes a call of that reader, whose
 * loaded sheet has the same `coder` and `sentences` (or `codes`) this returns.
 */
import * as fs from "fs";
import type { Codebook } from "../../codebook";
import { codebookVersion } from "../../codebook/version";
import { byCodeUnit, InputError, type Problem, ValidationError } from "../../core";
import { headerOf, readCsv } from "../csv";
import { loadSheet } from "../parse";
import type { SentenceCodes, SentenceCoding, UnitCoding } from "../sentence-codings";

/** A sheet read for the exchange: its file, coder, codebook version and codes at its level. */
export type CodingSheet =
  | { level: "sentence"; file: string; codebook: string | null; coding: SentenceCoding }
  | { level: "unit"; file: string; codebook: null; coding: UnitCoding };

/** One cell of a theme column: 1, 0, blank (null), or a problem. */
function cellCode(raw: string, place: Problem, problems: Problem[]): 0 | 1 | null {
  const v = raw.trim();
  if (v === "") return null;
  if (v === "0" || v === "1") return v === "1" ? 1 : 0;
  problems.push({
    ...place,
    message: `value "${v}" is not 0 or 1`,
    fix: "write 1 (expresses the theme), 0 (does not), or leave it empty",
  });
  return null;
}

/**
 * Reads a coder's sheet of either level. A sentence-level sheet's `codebook` column must name `codebookVersion`
 * when one is given.
 *
 * @throws {InputError} for a missing file, or a sheet coded against another codebook version
 * @throws {ValidationError} listing every bad cell, missing column or repeated sentence
 * @example readCoding("data/coding/ungdc-kosovo-1989-2007/coder-a.csv", themeKeys, "235eeccb530e").coding.coder // "A"
 */
export function readCoding(file: string, themeKeys: string[], codebookVersion?: string): CodingSheet {
  if (!fs.existsSync(file)) throw new InputError({ file, message: "file not found", fix: "check the path" });
  const text = fs.readFileSync(file, "utf8");
  const records = readCsv(text, file);
  const { col } = headerOf(records);
  if (!col.has("sentence")) {
    const sheet = loadSheet(file, { themeKeys });
    return { level: "unit", file, codebook: null, coding: { coder: sheet.coder, codes: sheet.codes } };
  }
  const problems: Problem[] = [];
  for (const name of ["id", ...themeKeys].filter((c) => !col.has(c)))
    problems.push({
      file,
      line: 1,
      column: name,
      message: `no "${name}" column`,
      fix: "keep the sheet's header as it was written",
    });
  if (problems.length) throw new ValidationError(`coding sheet ${file}`, problems);
  const cell = (rec: string[], name: string) => (col.has(name) ? (rec[col.get(name)!] ?? "").trim() : "");
  const sentences: Record<string, SentenceCodes[]> = {};
  const coders = new Set<string>();
  const versions = new Set<string>();
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    if (rec.every((c) => c.trim() === "")) return;
    const id = cell(rec, "id");
    const n = Number(cell(rec, "sentence"));
    if (!id || !Number.isInteger(n) || n < 1) {
      problems.push({
        file,
        line,
        message: `no unit id or sentence number ("${id}", "${cell(rec, "sentence")}")`,
        fix: "restore the row as the sheet was written",
      });
      return;
    }
    if (cell(rec, "coder")) coders.add(cell(rec, "coder"));
    if (cell(rec, "codebook")) versions.add(cell(rec, "codebook"));
    if (!sentences[id]) sentences[id] = [];
    const rows = sentences[id];
    if (rows.some((r) => r.sentence === n))
      problems.push({ file, line, message: `${id} sentence ${n} appears twice`, fix: "keep one row per sentence" });
    const codes = Object.fromEntries(
      themeKeys.map((t) => [t, cellCode(cell(rec, t), { file, line, column: t, message: "", fix: "" }, problems)]),
    );
    rows.push({ sentence: n, codes, note: col.has("note") ? (rec[col.get("note")!] ?? "") : "" });
  });
  if (coders.size > 1)
    problems.push({
      file,
      column: "coder",
      message: `more than one coder (${[...coders].sort(byCodeUnit).join(", ")})`,
      fix: "one sheet per coder",
    });
  if (versions.size > 1)
    problems.push({
      file,
      column: "codebook",
      message: `more than one codebook version (${[...versions].join(", ")})`,
      fix: "one sheet per codebook version",
    });
  if (problems.length) throw new ValidationError(`coding sheet ${file}`, problems);
  const version = [...versions][0] ?? null;
  if (codebookVersion && version && version !== codebookVersion)
    throw new InputError({
      file,
      column: "codebook",
      message: `was coded against codebook version ${version}, but the codebook is now version ${codebookVersion}`,
      fix:
        "code the units again on a sheet or page built from the current codebook " +
        "(or check out the codebook it was coded against)",
    });
  for (const rows of Object.values(sentences)) rows.sort((a, b) => a.sentence - b.sentence);
  const coder = [...coders][0] ?? (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, "");
  return { level: "sentence", file, codebook: version, coding: { coder, sentences } };
}

/**
 * Reads a sentence-level sheet coded against `codebook` (its themes; its version checked): the coder's codes
 * per sentence.
 *
 * @throws {InputError} for a presence-level sheet (one row per unit), a missing file or another codebook version
 * @example readSentenceCoding("data/coding/ungdc-kosovo-1989-2007/coder-a.csv", loadCodebook()).coder // "A"
 */
export function readSentenceCoding(file: string, codebook: Codebook): SentenceCoding {
  const sheet = loadSentenceSheet(file, {
    themeKeys: codebook.themes.map((t) => t.key),
    codebookVersion: codebookVersion(codebook),
  });
  return { coder: sheet.coder, sentences: sheet.sentences };
}

/** A sentence-level sheet as the interim reader returns it: the fields the one sheet reader's sheet has too. */
export interface SentenceSheet extends SentenceCoding {
  file: string;
  level: "sentence";
  codebook: string | null;
}

/**
 * Reads a sentence-level sheet with the call and the result the one sheet reader (`loadSheet`, issue 14) has:
 * `loadSentenceSheet(file, { themeKeys, codebookVersion })` → `{ file, coder, level, codebook, sentences }`, so
 * that code using it switches to that reader by its import alone.
 *
 * @throws {InputError} for a presence sheet, a missing file or another codebook version
 * @example loadSentenceSheet("ana.csv", { themeKeys: ["dialogue"], codebookVersion: "235eeccb530e" }).coder
 */
export function loadSentenceSheet(
  file: string,
  opts: { themeKeys: string[]; codebookVersion?: string },
): SentenceSheet {
  const sheet = readCoding(file, opts.themeKeys, opts.codebookVersion);
  if (sheet.level !== "sentence")
    throw new InputError({
      file,
      message: "is a presence sheet (one row per unit), not a sentence-level sheet",
      fix: "export the sheet from a coding page (npm run coding-page), or write a sentence-level sheet",
    });
  return {
    file,
    level: "sentence",
    codebook: sheet.codebook,
    coder: sheet.coding.coder,
    sentences: sheet.coding.sentences,
  };
}
