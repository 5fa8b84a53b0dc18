/**
 * Writing imported texts into the study corpus folder. A text is written atomically, and only when
 * needed: a file with the same bytes is left alone (a second run changes nothing), a file from the same
 * dataset is brought up to date, and a file from somewhere else (the fetcher, a person, another dataset)
 * is kept unless the caller asks to replace it.
 */
import * as fs from "fs";
import * as path from "path";
import { writeFileAtomic } from "../../core";
import { parseTextFile } from "../../corpus";
import type { DatasetName } from "../../corpus/datasets/kinds";
import { type TextOrigin, textOrigin } from "./provenance";

/** What happened to one text: written new, unchanged, updated (same dataset), replaced, or kept (other origin). */
export type WriteOutcome = "written" | "unchanged" | "updated" | "replaced" | "kept";

/** The outcome for one text file. */
export interface WriteResult {
  id: string;
  file: string;
  outcome: WriteOutcome;
  /** Where the file that was there came from ("" when there was none). */
  before: TextOrigin | "";
}

/**
 * Writes `content` as `<dir>/<id>.txt` under the rules above. The content is checked with the corpus
 * loader's own parser first, so a text the loader would reject is never written.
 *
 * @example writeImportedText("texts/china-kosovo", "unsc-2008-02-18", content, "unsc-speeches").outcome // "written"
 * @throws {ValidationError} when the content is not a valid text file (a bug: the import builds it)
 */
export function writeImportedText(
  dir: string,
  id: string,
  content: string,
  dataset: DatasetName,
  opts: { replace?: boolean; categories?: string[] } = {},
): WriteResult {
  const file = path.join(dir, `${id}.txt`);
  parseTextFile(file, content, opts.categories);
  if (!fs.existsSync(file)) {
    writeFileAtomic(file, content);
    return { id, file, outcome: "written", before: "" };
  }
  const old = fs.readFileSync(file, "utf8");
  const before = textOrigin(old);
  if (old === content) return { id, file, outcome: "unchanged", before };
  if (before !== dataset && !opts.replace) return { id, file, outcome: "kept", before };
  writeFileAtomic(file, content);
  return { id, file, outcome: before === dataset ? "updated" : "replaced", before };
}

/**
 * Writes `content` to `file` only when its bytes differ (atomically); says whether it wrote.
 *
 * @example writeIfChanged("texts/china-kosovo/candidate-slots.csv", csv) // false on a second run
 */
export function writeIfChanged(file: string, content: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === content) return false;
  writeFileAtomic(file, content);
  return true;
}
