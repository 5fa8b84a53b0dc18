/**
 * Chapter 09's steps: a scratch copy of a folder corpus (shown without its temporary path, which differs on every
 * run), coding it before and after a text is added, a refusal shown as the note a user reads, the clean-up, and the
 * checks of its exercises.
 */
import * as fs from "fs";
import type { Codebook } from "../codebook";
import { codeUnits, compileCodebook, toCodedRows } from "../coding";
import { type CodedRow, isIsoDate, type Text, ValidationError } from "../core";
import { type CorpusCard, cardWithFolder, loadCorpus, scratchCopy, unitsOfTexts } from "../corpus";
import { countThemes, type ThemeCount } from "../counts";
import { showMarkdown, showNote } from "../display";

/** A scratch copy of a folder corpus: its card, pointing at the copy, and the copy's folder. */
export interface Scratch {
  card: CorpusCard;
  dir: string;
}

/** A scratch corpus coded: its texts, coded rows and theme counts. */
export interface ScratchCoding {
  texts: Text[];
  rows: CodedRow[];
  counts: ThemeCount[];
}

/**
 * Copies a folder corpus's texts to a new temporary folder and returns a card that reads the copy.
 *
 * @example scratchCorpus(loadCard("china-kosovo")).card.name // "china-kosovo"
 */
export function scratchCorpus(card: CorpusCard): Scratch {
  const dir = scratchCopy(card);
  return { card: cardWithFolder(card, dir), dir };
}

/**
 * Loads and codes a scratch corpus with a codebook in "unit" mode (whole statements are about Kosovo in every
 * sentence).
 *
 * @example codeScratch(scratchCorpus(loadCard("china-kosovo")), loadCodebook()).texts.length // 0 on a fresh clone
 */
export function codeScratch(scratch: Scratch, codebook: Codebook): ScratchCoding {
  const compiled = compileCodebook(codebook, { mode: "unit" });
  const texts = loadCorpus(scratch.card).texts;
  const units = unitsOfTexts(scratch.card, texts);
  const rows = toCodedRows(units, codeUnits(compiled, units));
  return { texts, rows, counts: countThemes(rows, compiled.themeKeys) };
}

/**
 * Shows how many texts the scratch copy starts with (and, when the real folder is empty, how to fill it). The
 * scratch folder is named as "a temporary folder": its path differs on every run and machine.
 *
 * @example showScratchStart(scratch, codeScratch(scratch, loadCodebook()))
 */
export function showScratchStart(scratch: Scratch, before: ScratchCoding): void {
  const name = scratch.card.name;
  showMarkdown(`A scratch copy of **${name}** in a temporary folder: ${before.texts.length} texts before the example.`);
  if (before.texts.length === 0)
    showNote(
      `Your ${name} folder is empty, so the scratch copy starts empty too. Fill the real one with ` +
        `\`npm run fetch -- --corpus ${name}\` or \`npm run add-text\`.`,
      { quiet: true },
    );
}

/**
 * Runs a step that should be refused and shows the refusal as the user reads it (a note with every problem); says
 * so when the step was accepted instead. Returns the problems' messages.
 *
 * @example showRefusal(() => addTextToFolder(card, "", fields)) // ["empty body"]
 */
export function showRefusal(step: () => unknown): string[] {
  try {
    step();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    showNote(e.message, { quiet: true });
    return e.problems.map((p) => p.message);
  }
  showMarkdown("Accepted: nothing was refused.");
  return [];
}

/**
 * Removes the scratch folder and says so, without its temporary path.
 *
 * @example removeScratch(scratch) // "Removed the scratch copy (still there: false)."
 */
export function removeScratch(scratch: Scratch): string {
  fs.rmSync(scratch.dir, { recursive: true, force: true });
  return `Removed the scratch copy (still there: ${fs.existsSync(scratch.dir)}).`;
}

/**
 * A text without its lines that contain `word` (for "drop the sentence on resolution 1244").
 *
 * @example withoutLines("A.\nB 1244.\nC.", "1244") // "A.\nC."
 */
export function withoutLines(text: string, word: string): string {
  return text
    .split("\n")
    .filter((l) => !l.includes(word))
    .join("\n");
}

/**
 * The dates `add-text` refuses: those that are not a real day written YYYY-MM-DD.
 *
 * @example refusedDates(["2024-02-29", "2023-02-29", "23/05/2023"]) // ["2023-02-29", "23/05/2023"]
 */
export function refusedDates(dates: string[]): string[] {
  return dates.filter((d) => !isIsoDate(d));
}
