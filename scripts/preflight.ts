/**
 * Before the chapters run: is the data they read there? One line per missing piece, with how to get it —
 * rather than a chapter stopping halfway with a trace. Used by `npm start` (scripts/run-workbook.ts).
 */
import * as fs from "fs";
import { formatProblem } from "../lib/core";
import { listCards, loadCard, locateArchive, missingPieces } from "../lib/corpus";
import type { Chapter } from "../lib/report";

/**
 * The corpus cards a run reads: the run's card, the cards its `analysis:` settings name (the corpus chapters 07
 * and 08 compare speakers on, China's own corpus), and every card a chosen chapter names in its code cells.
 *
 * @example cardsOfRun(listChapters("notebooks"), "ungdc-kosovo") // ["china-ungdc", "ungdc-kosovo"]
 */
export function cardsOfRun(chapters: Chapter[], corpus: string): string[] {
  const names = new Set([corpus]);
  const cards = listCards();
  if (cards.includes(corpus)) {
    const compare = loadCard(corpus).analysis.compare;
    for (const other of [compare.corpus, compare.china]) if (other) names.add(other);
  }
  for (const c of chapters) {
    const nb = JSON.parse(fs.readFileSync(c.notebook, "utf8")) as {
      cells: Array<{ cell_type: string; source: string | string[] }>;
    };
    const code = nb.cells
      .filter((cell) => cell.cell_type === "code")
      .map((cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source))
      .join("\n");
    for (const card of cards) if (code.includes(`"${card}"`)) names.add(card);
  }
  return [...names].filter((n) => cards.includes(n)).sort();
}

/**
 * What is missing for some cards, one line each (shared pieces once): `fatal` when a card's texts are
 * nowhere (the run cannot go on), `notes` for what only makes the output poorer (a missing speakers workbook).
 *
 * @example missingData(["ungdc-kosovo"]) // { fatal: [], notes: [] } when the archive or the subset is there
 */
export function missingData(cardNames: string[]): { fatal: string[]; notes: string[] } {
  const fatal = new Set<string>();
  const notes = new Set<string>();
  for (const name of cardNames) {
    const card = loadCard(name);
    const lines = missingPieces(card).map(formatProblem);
    for (const l of lines) (locateArchive(card) ? notes : fatal).add(l);
  }
  return { fatal: [...fatal], notes: [...notes] };
}
