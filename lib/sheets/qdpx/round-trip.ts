/**
 * Whether a REFI-QDA project gives back the codings that went into it: each coder's sentence codes against what
 * importing that user's codings returns, cell by cell (sentence × theme), in the units the coder coded.
 */
import { bySentence, type SentenceCoding } from "../sentence-codings";
import { importCodings, type ImportTheme } from "./import";
import type { QdaProject } from "./model";

/** One coder's round trip. */
export interface RoundTrip {
  coder: string;
  /** Codings (selection × code) of the coder in the project. */
  codings: number;
  /** Cells coded 1 in the coder's codes, and in what came back. */
  sheetOnes: number;
  readOnes: number;
  /** Cells compared (sentence × theme, coded in the original), and those that came back different. */
  cells: number;
  differing: number;
}

/**
 * Each coder's codes against what the project gives back for that user.
 *
 * @example roundTrips(await readQdpx(bytes, file), [a, b], codebook.themes, file).every((r) => r.differing === 0)
 */
export function roundTrips(
  project: QdaProject,
  codings: SentenceCoding[],
  themes: ImportTheme[],
  file: string,
): RoundTrip[] {
  const keys = themes.map((t) => t.key);
  return codings.map((c) => {
    const user = project.users.find((u) => u.name === c.coder);
    const back = importCodings(project, c.coder, themes, file);
    const read = bySentence({
      coder: c.coder,
      sentences: Object.fromEntries(
        back.units.map((u) => [u.id, u.sentences.map((codes, i) => ({ sentence: i + 1, codes }))]),
      ),
    });
    const orig = bySentence(c);
    let cells = 0;
    let differing = 0;
    let sheetOnes = 0;
    let readOnes = 0;
    for (const [key, codes] of Object.entries(orig))
      for (const k of keys) {
        if (codes[k] === null || codes[k] === undefined) continue;
        cells++;
        if (codes[k] === 1) sheetOnes++;
        if (read[key]?.[k] === 1) readOnes++;
        if ((read[key]?.[k] ?? null) !== codes[k]) differing++;
      }
    const codingsOf = project.sources.reduce(
      (n, s) => n + s.selections.reduce((m, sel) => m + sel.codings.filter((x) => x.user === user?.guid).length, 0),
      0,
    );
    return { coder: c.coder, codings: codingsOf, sheetOnes, readOnes, cells, differing };
  });
}
