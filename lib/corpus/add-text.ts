/**
 * Adding a text to a folder corpus: checked against the card and the texts already there, given an
 * id, and written atomically in the folder format.
 */
import * as fs from "fs";
import * as path from "path";
import {
  ArgumentError,
  freeDayId,
  isIsoDate,
  normalizeBody,
  type Problem,
  ValidationError,
  writeFileAtomic,
} from "../core";
import type { Text } from "../core";
import { countWords, sameTextKey } from "../text";
import { type CorpusCard, sourceDir } from "./card";
import { readTextFolder } from "./folder";
import { formatTextFile, parseTextFile } from "./text-file";

/** What a new text needs besides its body. */
export interface NewTextFields {
  date: string;
  category: string;
  speaker: string;
  venue: string;
  source: string;
  post?: string;
  country?: string;
  countryName?: string;
  /** Id to use; by default `<category>-<date>`, then `-b`, `-c`, … when taken. */
  id?: string;
}

/**
 * Checks a new text against a folder card and writes it (atomically) as `<dir>/<id>.txt`.
 * The id is `<category>-<date>` (then `-b`, `-c`, … if that id is taken). Refuses, with every
 * problem listed (ValidationError naming `what`): bad metadata, an empty body, an explicit id
 * that is taken, and a text whose body is already in the folder. Returns the text and its file.
 *
 * @example addTextToFolder(loadCard("china-kosovo"), "Invented body.",
 *   { date: "2010-07-22", category: "mfa", speaker: "", venue: "Beijing", source: "https://example.org" })
 * @throws {ArgumentError} when the card is not a folder corpus
 * @throws {ValidationError} listing every problem of the new text (or of the folder's texts)
 */
export function addTextToFolder(
  card: CorpusCard,
  body: string,
  fields: NewTextFields,
  opts: { dir?: string; what?: string } = {},
): { text: Text; file: string } {
  const what = opts.what ?? "new text";
  if (card.source.kind !== "folder") {
    throw new ArgumentError(
      "card",
      "a folder corpus (`source: { kind: folder }`)",
      card.name,
      `corpus "${card.name}" is read from the General Debate archive, not a folder: ` +
        "add texts to a folder corpus, e.g. --corpus china-kosovo",
    );
  }
  const dir = opts.dir ?? sourceDir(card);
  const existing = readTextFolder(dir, card.categories);
  const b = normalizeBody(body).replace(/^\n+/, "").trimEnd();
  const problems = newTextProblems(card, existing, dir, b, fields, what);
  if (problems.length) throw new ValidationError(`cannot add ${what} to corpus "${card.name}"`, problems);
  const ids = new Set(existing.map((t) => t.id));
  const id =
    fields.id ??
    freeDayId(
      `${fields.category.trim()}-${fields.date.trim()}`,
      (x) => ids.has(x) || fs.existsSync(path.join(dir, `${x}.txt`)),
    );
  const country = (fields.country ?? "").trim().toUpperCase();
  const text: Text = {
    id,
    date: fields.date.trim(),
    year: Number(fields.date.trim().slice(0, 4)),
    category: fields.category.trim(),
    speaker: (fields.speaker ?? "").trim(),
    post: (fields.post ?? "").trim(),
    country,
    countryName: (fields.countryName ?? "").trim() || (country === "CHN" ? "China" : country),
    venue: fields.venue.trim(),
    source: fields.source.trim(),
    body: b,
    words: countWords(b),
  };
  const file = path.join(dir, `${id}.txt`);
  const content = formatTextFile(text);
  parseTextFile(file, content, card.categories); // what we write must read back
  writeFileAtomic(file, content);
  return { text, file };
}

/** Every problem of a new text: missing or bad metadata, an empty body, a bad or taken id, a copy of a text. */
function newTextProblems(
  card: CorpusCard,
  existing: Text[],
  dir: string,
  body: string,
  fields: NewTextFields,
  what: string,
): Problem[] {
  const problems: Problem[] = [];
  const required: Array<keyof NewTextFields> = ["date", "category", "venue", "source"];
  for (const k of required) {
    if (!String(fields[k] ?? "").trim()) problems.push({ file: what, message: `no ${k}`, fix: `give --${k}` });
  }
  if (fields.date && !isIsoDate(fields.date.trim()))
    problems.push({
      file: what,
      message: `invalid date "${fields.date}"`,
      fix: "write a real date as YYYY-MM-DD, e.g. 2023-05-23",
    });
  if (fields.category && !card.categories.includes(fields.category.trim()))
    problems.push({
      file: what,
      message: `category "${fields.category}" is not one of the card's categories`,
      fix: `use one of: ${card.categories.join(", ")}`,
    });
  if (body === "")
    problems.push({ file: what, message: "empty body", fix: "give a file with the text (or pipe it with --file -)" });
  if (fields.id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(fields.id))
    problems.push({
      file: what,
      message: `id "${fields.id}" is not a plain file name`,
      fix: "use letters, digits, '.', '_' and '-' only",
    });
  const taken = fields.id !== undefined && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(fields.id);
  if (taken && (existing.some((t) => t.id === fields.id) || fs.existsSync(path.join(dir, `${fields.id}.txt`))))
    problems.push({
      file: what,
      message: `id "${fields.id}" is already in ${dir}`,
      fix: "choose another id, or leave --id out to get one",
    });
  // the same statement again, whatever its line breaks, spacing or capitals (the rule: `sameTextKey`)
  const key = sameTextKey(body);
  const same = existing.find((t) => sameTextKey(t.body) === key);
  if (body !== "" && same)
    problems.push({
      file: what,
      message:
        `this text is already in the corpus as "${same.id}"` +
        (same.body === body ? "" : " (the same words; only spacing, line breaks or capitals differ)"),
      fix: "nothing to add; edit that file to change its metadata",
    });
  return problems;
}
