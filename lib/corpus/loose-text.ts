/**
 * Loose texts: a folder of .txt files to code, each with the folder format's front matter or
 * without it (then the file name is the id and the year is taken from a 4-digit year in the name).
 */
import * as fs from "fs";
import * as path from "path";
import { InputError, ValidationError, decodeUtf8Strict, normalizeBody } from "../core";
import type { Problem, Text } from "../core";
import { countWords } from "../text";
// the folder's own reader of front-matter text files (from its index: this file is re-exported there)
import { parseTextFile } from "./text-file";

/** Front matter opens the file: "---" on the first line (after a byte-order mark). */
const FRONT_MATTER = /^\uFEFF?---\s*\r?\n/;

/**
 * A .txt file as a Text: with front matter parsed as the folder format's text files are; without
 * it, named by its file (id = file name without .txt, year = a 4-digit year in the name, else 0).
 * Bytes that are not UTF-8 are an error naming the line, never decoded as U+FFFD; so is a file
 * with no text (0 bytes, or only whitespace), which would otherwise count as a unit with no theme.
 *
 * @param shown the file's name in error messages and in `source` (default: `file`)
 * @throws {InputError} when the file is not UTF-8, or holds no text
 * @throws {ValidationError} when its front matter has problems
 * @example readLooseText("texts/note-2010.txt").year // 2010
 */
export function readLooseText(file: string, shown: string = file): Text {
  const bytes = fs.readFileSync(file);
  // parseTextFile checks UTF-8 itself when given the bytes
  if (FRONT_MATTER.test(bytes.subarray(0, 4096).toString("utf8"))) return parseTextFile(shown, bytes);
  const body = normalizeBody(decodeUtf8Strict(bytes, shown));
  // an empty file would be coded as a unit with every theme 0, as if it were a statement that says nothing
  if (!/\S/.test(body.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")))
    throw new InputError({
      file: shown,
      line: 1,
      message: bytes.length === 0 ? "empty file (0 bytes)" : "no text: only whitespace",
      fix: "put the text in the file, or move the file out of the folder",
    });
  const id = path.basename(file).replace(/\.txt$/i, "");
  const y = /(?:^|[^0-9])((?:19|20)\d\d)(?:[^0-9]|$)/.exec(id);
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

/**
 * Every .txt file of a folder (not hidden ones) as a Text, in file-name order (`readLooseText`).
 * Every problem of every file is reported together, and so are two files with the same id.
 *
 * @throws {InputError} when the folder does not exist or holds no .txt file
 * @throws {ValidationError} listing every problem of the files
 * @example readLooseTextFolder("my-texts").map((t) => t.id) // ["note-2010-a", "note-b"]
 */
export function readLooseTextFolder(dir: string): Text[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new InputError({ file: dir, message: "no such folder", fix: "give a folder of .txt files" });
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
      const t = readLooseText(shown);
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
