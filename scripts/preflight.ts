/**
 * Before the chapters run: is the data they read there? One line per missing piece, with how to get it —
 * rather than a chapter stopping halfway with a trace. Used by `npm start` (scripts/run-workbook.ts).
 */
import * as fs from "fs";
import { formatProblem } from "../lib/core";
import { checkSource, listCards, loadCard } from "../lib/corpus";
import { COMPARE_READERS } from "../lib/chapter";
import type { Chapter } from "../lib/report";

/**
 * The corpus cards a run reads: the run's card, every card a chosen chapter names ("ungdc-kosovo" in its
 * code cells), and, for a chapter that reads the card's comparison settings (it calls a function of
 * `COMPARE_READERS`), the cards those name (`analysis.compare.corpus` and `.china`). The Security Council
 * corpus of `analysis.compare.council` is not one of them: chapter 08 shows how to get it when it is not
 * there, and runs on.
 *
 * @example cardsOfRun(listChapters("notebooks"), "ungdc-kosovo") // ["china-kosovo", "china-ungdc", "ungdc-kosovo"]
 */
export function cardsOfRun(chapters: Chapter[], corpus: string): string[] {
  const names = new Set([corpus]);
  const cards = listCards();
  for (const c of chapters) {
    const nb = JSON.parse(fs.readFileSync(c.notebook, "utf8")) as {
      cells: Array<{ cell_type: string; source: string | string[] }>;
    };
    const code = nb.cells
      .filter((cell) => cell.cell_type === "code")
      .map((cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source))
      .join("\n");
    for (const card of cards) if (code.includes(`"${card}"`)) names.add(card);
    if (COMPARE_READERS.some((f) => code.includes(`${f}(`)) && cards.includes(corpus)) {
      const compare = loadCard(corpus).analysis.compare;
      for (const named of [compare.corpus, compare.china]) if (named) names.add(named);
    }
  }
  return [...names].filter((n) => cards.includes(n)).sort();
}

/**
 * What is missing for some cards, one line each (shared pieces once): `fatal` when a card's texts are
 * nowhere (the run cannot go on: no General Debate archive nor subset, no Security Council download), `notes`
 * for what only makes the output poorer (a missing speakers workbook). Each line names the folder or file,
 * where to get it and, for a download, the variable that points the card at another folder.
 *
 * @example missingData(["ungdc-kosovo"]) // { fatal: [], notes: [] } when the archive or the subset is there
 */
export function missingData(cardNames: string[]): { fatal: string[]; notes: string[] } {
  const fatal = new Set<string>();
  const notes = new Set<string>();
  for (const name of cardNames) {
    const check = checkSource(loadCard(name));
    for (const p of check.fatal) fatal.add(formatProblem(p));
    for (const p of check.notes) notes.add(formatProblem(p));
  }
  return { fatal: [...fatal], notes: [...notes] };
}
