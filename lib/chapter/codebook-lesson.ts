/**
 * Chapter 02's steps: the toy coded and explained, a typed sentence explained with the themes it is coded for, and
 * the checks of its exercises (how far apart two words are, a copy of the codebook, a codebook broken on purpose).
 */
import * as fs from "fs";
import { type Codebook, loadCodebook, parseCodebook } from "../codebook";
import {
  codeExamples,
  codeUnit,
  type CompiledCodebook,
  compileCodebook,
  type ExampleCheck,
  explainText,
} from "../coding";
import { fromProjectRoot, ValidationError } from "../core";
import { showMarkdown, showNote, showTable } from "../display";
import { explainRows, markedText, patternRows } from "../tables";
import { type Check, checkCodes } from "./check";
import type { ToySentence } from "./toys";

/**
 * The themes the dictionary codes in each toy sentence, by sentence id.
 *
 * @example toyCodes(compileCodebook(loadMiniCodebook(), { mode: "unit" }), loadToySentences()).s4 // ["dialogue"]
 */
export function toyCodes(compiled: CompiledCodebook, sentences: ToySentence[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of sentences) {
    const coded = codeUnit(compiled, { id: s.id, body: s.text });
    out[s.id] = compiled.themeKeys.filter((k) => coded.codes[k]?.present === 1);
  }
  return out;
}

/**
 * The themes the dictionary codes in a text.
 *
 * @example codedThemes(compiled, "Kosovo is an integral part of Serbia.") // ["sovereignty"]
 */
export function codedThemes(compiled: CompiledCodebook, text: string): string[] {
  const coded = codeUnit(compiled, { id: "typed", body: text });
  return compiled.themeKeys.filter((k) => coded.codes[k]?.present === 1);
}

/**
 * Your hand coding of the toy against a careful reader's (the sentences' `rules`), with the reader's reason as the
 * hint.
 *
 * @example checkByHand({ s1: ["sovereignty"], s2: null }, loadToySentences())[0].ok // true
 */
export function checkByHand(yours: Record<string, string[] | null>, sentences: ToySentence[]): Check[] {
  const answers = Object.fromEntries(sentences.map((s) => [s.id, s.rules]));
  return checkCodes(yours, answers, Object.fromEntries(sentences.map((s) => [s.id, s.why])));
}

/**
 * Your prediction of the toy against what the dictionary codes; the hint names the pattern's feature to re-read.
 *
 * @example checkPrediction({ s4: [] }, compiled, loadToySentences()).find((c) => c.check === "s4")?.ok // false
 */
export function checkPrediction(
  yours: Record<string, string[] | null>,
  compiled: CompiledCodebook,
  sentences: ToySentence[],
): Check[] {
  const hints = Object.fromEntries(
    toyRows(compiled, sentences).map((r) => [r.id as string, String(r["patterns, and why"])]),
  );
  return checkCodes(yours, toyCodes(compiled, sentences), hints);
}

/**
 * The toy explained: per sentence, every pattern whose words were found (the words marked), whether the sentence
 * counted for the theme and why; a sentence where no pattern found its words gets one row saying so.
 *
 * @example toyRows(compiled, loadToySentences()).filter((r) => r.id === "s5")[0].counted // "no"
 */
export function toyRows(compiled: CompiledCodebook, sentences: ToySentence[]): Array<Record<string, unknown>> {
  return sentences.flatMap((s) => {
    const rows = explainRows(explainText(compiled, s.text)).map(({ sentence: _n, key, text, ...rest }) => ({
      id: s.id,
      sentence: text,
      theme: key,
      ...rest,
    }));
    if (rows.length) return rows;
    const none = { id: s.id, sentence: markedText(s.text, []), theme: "", counted: "" };
    return [{ ...none, "patterns, and why": "no pattern of the codebook found its words" }];
  });
}

/**
 * "Coded: **sovereignty** (1), **dialogue** (2)" — or "Coded: no theme".
 *
 * @example codedLine(codeUnit(compiled, { id: "t", body: "The weather was fine." }), compiled.themeKeys)
 * // "Coded: no theme"
 */
export function codedLine(coded: { codes: Record<string, { present: number; mentions: number }> }, themes: string[]) {
  const found = themes.filter((k) => coded.codes[k]?.present === 1);
  const list = found.map((k) => `**${k}** (${coded.codes[k].mentions})`).join(", ");
  return `Coded: ${list || "no theme"}`;
}

/**
 * Shows how a typed text is coded: every pattern whose words were found, in one row per spot with the words marked
 * (or a note that none was found), then the themes it is coded for.
 *
 * @example showExplanation(compileCodebook(loadCodebook(), { mode: "unit" }), "We respect Serbia's sovereignty.")
 */
export function showExplanation(compiled: CompiledCodebook, text: string): void {
  const checks = explainText(compiled, text);
  if (checks.length === 0) showNote("No pattern of the codebook found its words in that text.");
  else
    showTable(explainRows(checks), { title: "Which pattern found its words, and why it counted or not", maxRows: 40 });
  showMarkdown(codedLine(codeUnit(compiled, { id: "typed", body: text }), compiled.themeKeys));
}

/**
 * The words between the closest pair of a theme's near pattern in a text, when its words are there but too far
 * apart; 0 when the pattern fires; null when its words are not both there.
 *
 * @example nearGap(compiled,
 *   "We respect the territorial integrity, which all members … have long supported, of Serbia.", "sovereignty") // 10
 */
export function nearGap(compiled: CompiledCodebook, text: string, theme: string): number | null {
  const checks = explainText(compiled, text).filter((c) => c.key === theme && c.pattern.startsWith("near"));
  if (checks.some((c) => c.gap === undefined)) return 0;
  const gaps = checks.map((c) => c.gap as number);
  return gaps.length ? Math.min(...gaps) : null;
}

/**
 * The patterns of a copy of the codebook that the project's codebook does not have, and the copy's own examples
 * that it now codes wrongly.
 *
 * @example codebookChanges(loadCodebook("data/codebook-mine.yaml")).added
 * // [{ theme: "sovereignty", pattern: "legitimate right*", … }]
 */
export function codebookChanges(
  mine: Codebook,
  base: Codebook = loadCodebook(),
): { added: ReturnType<typeof patternRows>; wrong: ExampleCheck[] } {
  const known = new Set(patternRows(base).map((p) => `${p.theme}\u0000${p.pattern}`));
  const added = patternRows(mine).filter((p) => !known.has(`${p.theme}\u0000${p.pattern}`));
  const wrong = codeExamples(compileCodebook(mine, { mode: "unit" }), mine).filter((e) => e.coded !== e.expected);
  return { added, wrong };
}

/**
 * Shows what a copy of the codebook changes (see `codebookChanges`); a note saying how to make the copy when the
 * file is not there. A relative path is read from the project root.
 *
 * @example showCodebookCopy("data/codebook-mine.yaml")
 */
export function showCodebookCopy(file: string): void {
  if (!fs.existsSync(fromProjectRoot(file))) {
    showNote(`There is no ${file} yet: copy data/codebook.yaml to ${file}, add a pattern, and run this cell again.`);
    return;
  }
  const { added, wrong } = codebookChanges(loadCodebook(file));
  showTable(added, { title: `Patterns in ${file} that data/codebook.yaml does not have (${added.length})` });
  showMarkdown(
    wrong.length
      ? `Your copy codes ${wrong.length} of its own examples wrongly: ${wrong.map((w) => `*${w.example}*`).join("; ")}`
      : "Your copy still codes every example of its themes as the codebook says.",
  );
}

/**
 * The text of the project's codebook file (to copy, or to break on purpose).
 *
 * @example projectCodebookText().startsWith("# The codebook") // true
 */
export function projectCodebookText(): string {
  return fs.readFileSync(loadCodebook().file, "utf8");
}

/**
 * The problems a codebook's text has, one row each with its line and fix (none when it is valid) — what loading
 * it would report.
 *
 * @example codebookProblems("version: 1\n")[0] // { line: 1, problem: "about_kosovo is missing", fix: "add …" }
 */
export function codebookProblems(
  text: string,
  file = "your codebook",
): Array<{ line: number | string; problem: string; fix: string }> {
  try {
    parseCodebook(text, file);
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.problems.map((p) => ({ line: p.line ?? "", problem: p.message, fix: p.fix }));
  }
}
