/**
 * Fixtures of the exchange tests: invented units (our own words, in the layout of General Debate passages:
 * hard-wrapped lines, a second stretch after a blank line) and the invented test codebook.
 */
import * as path from "path";
import { loadCodebook } from "../../../lib/codebook";
import type { Unit } from "../../../lib/core";
import { fillSheet, parseSheet, type SentenceCoding, type Sheet, sentenceSheetCsv } from "../../../lib/sheets";
import { unit } from "../fixtures";

export const CODEBOOK = loadCodebook(path.join(__dirname, "..", "..", "fixtures", "codebook", "minimal.yaml"));
export const KEYS = CODEBOOK.themes.map((t) => t.key); // sovereignty, dialogue, heritage

/** Three invented units: 3, 2 and 4 sentences; the second has an emoji (a character outside the BMP). */
export const UNITS: Unit[] = [
  unit(
    "AAA_63_2008",
    "We respect the territorial integrity of Serbia.\nTalks between the two sides\nshould go on. The weather was fine.",
    2008,
  ),
  unit("BBB_64_2009", "A mutually acceptable solution 😀 is the aim. Cultural heritage matters to everyone.", 2009),
  unit(
    "CCC_65_2010",
    "Kosovo was discussed at length. Nothing was agreed.\n\nThe province is part of Serbia. Dialogue must resume.",
    2010,
  ),
];

/** A sentence coding written out row by row: unit id → sentence rows of [sovereignty, dialogue, heritage]. */
export function coding(coder: string, rows: Record<string, Array<Array<0 | 1 | null>>>): SentenceCoding {
  const sentences: SentenceCoding["sentences"] = {};
  for (const [id, list] of Object.entries(rows))
    sentences[id] = list.map((r, i) => ({ sentence: i + 1, codes: Object.fromEntries(KEYS.map((k, j) => [k, r[j]])) }));
  return { coder, sentences };
}

/** Coder ana: every unit coded. */
export const ANA = coding("ana", {
  AAA_63_2008: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ],
  BBB_64_2009: [
    [0, 1, 0],
    [0, 0, 1],
  ],
  CCC_65_2010: [
    [0, 0, 0],
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
  ],
});

/** Coder ben: the first unit coded, the third half-coded (sentence 4 blank on every theme). */
export const BEN = coding("ben", {
  AAA_63_2008: [
    [1, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ],
  CCC_65_2010: [
    [0, 0, 0],
    [0, 0, 0],
    [1, 0, 0],
    [null, null, null],
  ],
});

/**
 * A coding written out as the sentence-level sheet a coding page exports (the units it codes, blank cells where
 * a sentence is not coded, the coder and codebook columns filled).
 */
export function sheetCsvOf(c: SentenceCoding, codebook = "0123456789ab"): string {
  const units = UNITS.filter((u) => u.id in c.sentences);
  return fillSheet(sentenceSheetCsv(units, KEYS, { coder: c.coder, codebook }), (row, set) => {
    const codes = c.sentences[row.id][Number(row.sentence) - 1].codes;
    for (const k of KEYS) set(k, codes[k] === null ? "" : String(codes[k]));
  });
}

/** A coding as the one sheet reader loads it from that sheet (file `<coder>.csv`). */
export const sheetOf = (c: SentenceCoding): Sheet => parseSheet(sheetCsvOf(c), `${c.coder}.csv`, { themeKeys: KEYS });
