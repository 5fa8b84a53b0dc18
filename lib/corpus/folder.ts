/**
 * Folder corpora: a folder of `.txt` texts in the folder format (`text-file.ts`), read and checked
 * together, and scratch copies of such a folder for trying out a change.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { byCodeUnit, type Problem, projectRoot, ValidationError, writeFileAtomic } from "../core";
import type { Text } from "../core";
import { type CorpusCard, sourceDir } from "./card";
import { sameStatementAs } from "./same-statement";
import { checkTextFile } from "./text-file";

/**
 * A folder as messages show it: relative to the project root when inside it, else as given.
 *
 * @example shownFolder("<project>/texts/china-kosovo") // "texts/china-kosovo"
 */
export function shownFolder(dir: string): string {
  const rel = path.relative(projectRoot(), dir);
  return rel.startsWith("..") ? dir : rel || dir;
}

/**
 * Reads every `.txt` of a folder corpus, checking each against the card; all problems of all
 * files (and duplicate ids or the same statement in two files, `sameStatementAs`) are thrown together.
 * Files are read in name order; texts are returned sorted by date, then id.
 *
 * @example readTextFolder("texts/china-kosovo", ["mfa", "unsc", "leader"]).length // 0 while the folder is empty
 * @throws {ValidationError} listing every problem of every file
 */
export function readTextFolder(dir: string, categories?: string[]): Text[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".txt") && !f.startsWith("."))
    .sort(byCodeUnit);
  const problems: Problem[] = [];
  const texts: Text[] = [];
  const ids = new Map<string, string>();
  const statements = new Map<string, string>();
  const shownDir = shownFolder(dir);
  for (const f of files) {
    const shown = path.join(shownDir, f);
    let buf: Buffer;
    try {
      buf = fs.readFileSync(path.join(dir, f));
    } catch (e) {
      problems.push({
        file: shown,
        message: `cannot read the file (${(e as Error).message})`,
        fix: "check the file's permissions",
      });
      continue;
    }
    const r = checkTextFile(shown, buf, categories);
    problems.push(...r.problems);
    if (!r.text) continue;
    const prev = ids.get(r.text.id);
    if (prev) {
      problems.push({
        file: shown,
        line: r.idLine ?? 2,
        message: `duplicate id "${r.text.id}" (also in ${prev})`,
        fix: "give each text its own id (e.g. add -b), or remove the copy",
      });
      continue;
    }
    const copyOf = sameStatementAs(statements, r.text.body, shown);
    if (copyOf) {
      problems.push(copyOf);
      continue;
    }
    ids.set(r.text.id, shown);
    texts.push(r.text);
  }
  if (problems.length) throw new ValidationError(`corpus folder ${shownDir}`, problems);
  return texts.sort((a, b) => byCodeUnit(a.date ?? "", b.date ?? "") || byCodeUnit(a.id, b.id));
}

/**
 * Copies a folder corpus's `.txt` files into a new scratch folder (under the OS temporary folder
 * unless `into` is given) and returns its path. The original folder is never written to.
 *
 * @example const scratch = scratchCopy(loadCard("china-kosovo"))
 */
export function scratchCopy(card: CorpusCard, into?: string): string {
  const from = sourceDir(card);
  const dir = into ?? fs.mkdtempSync(path.join(os.tmpdir(), `${card.name}-scratch-`));
  fs.mkdirSync(dir, { recursive: true });
  if (fs.existsSync(from)) {
    const files = fs
      .readdirSync(from)
      .filter((x) => x.toLowerCase().endsWith(".txt"))
      .sort(byCodeUnit);
    // never a half-copied text in the scratch folder
    for (const f of files) writeFileAtomic(path.join(dir, f), fs.readFileSync(path.join(from, f)));
  }
  return dir;
}
