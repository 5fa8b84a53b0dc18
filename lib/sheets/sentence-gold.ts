/**
 * Adjudication at sentence level: where sentence-level sheets differ (sentence × theme), the
 * decisions file to fill (`id,sentence,theme,coder_a,coder_b,value,reason`), and the sentence-level
 * gold; presence and mentions per unit follow from the gold's sentences.
 *
 * A sentence-level sheet is read as a unit-level one whose "units" are its sentences
 * (`sentenceView`, keys `<id>#<n>`), so the unit-level disagreements and gold do the work.
 */
import { stringify } from "csv-stringify/sync";
import { byCodeUnit, type Problem, ValidationError } from "../core";
import type { Decision } from "./decisions";
import { findDisagreements } from "./disagreements";
import { buildGold, type GoldRow } from "./gold";
import { bySentence } from "./sentence-codings";
import { type CoderCodes, type Sheet, sentenceKey, splitSentenceKey, type UnitInfo } from "./sheet";

/** One sentence × theme on which the coders' values differ. */
export interface SentenceDisagreement {
  id: string;
  sentence: number;
  theme: string;
  /** coder → value (null = left blank). */
  values: Record<string, 0 | 1 | null>;
}

/**
 * A sentence-level sheet as a sheet of sentences: ids `<unit id>#<n>`, one code per sentence × theme (its
 * codes are `bySentence` of the sheet), each sentence's text in `info`. Unit-level sheets are returned unchanged.
 *
 * @example sentenceView(coderA).ids.slice(0, 2) // ["AFG_49_1994#1", "AFG_49_1994#2"]
 */
export function sentenceView(sheet: Sheet): Sheet {
  if (sheet.level !== "sentence") return sheet;
  const codes: CoderCodes = bySentence(sheet);
  const ids = Object.keys(codes);
  const info: Record<string, UnitInfo> = {};
  for (const id of sheet.ids)
    for (const r of sheet.sentences[id]) info[sentenceKey(id, r.sentence)] = { ...sheet.info[id], text: r.text };
  return { ...sheet, level: "unit", ids, codes, info, mentions: {}, sentences: {} };
}

/** Sorts by unit id, then sentence number, then theme in `themes` order. */
function inSentenceOrder<T extends { id: string; sentence?: number; theme: string }>(rows: T[], themes: string[]): T[] {
  const order = new Map(themes.map((t, i) => [t, i]));
  return rows.sort(
    (a, b) =>
      byCodeUnit(a.id, b.id) ||
      (a.sentence ?? 0) - (b.sentence ?? 0) ||
      (order.get(a.theme) ?? 0) - (order.get(b.theme) ?? 0),
  );
}

/**
 * Every sentence × theme (units in all sheets) where the coders differ, by unit, sentence, theme.
 *
 * @example findSentenceDisagreements([a, b], themes)[0]
 * // { id: "u1", sentence: 2, theme: "dialogue", values: { A: 0, B: 1 } }
 */
export function findSentenceDisagreements(sheets: Sheet[], themes: string[]): SentenceDisagreement[] {
  const ds = findDisagreements(sheets.map(sentenceView), themes).map((d) => ({
    ...splitSentenceKey(d.id),
    theme: d.theme,
    values: d.values,
  }));
  return inSentenceOrder(ds, themes);
}

/** The column of a coder's value in the decisions file: `coder_<name in lower case>`. */
export const coderColumn = (coder: string) => `coder_${coder.toLowerCase()}`;

/**
 * A sentence-level decisions file to fill: `id,sentence,theme,coder_<a>,coder_<b>,…,value,reason`,
 * one row per disagreement with the coders' values (blank = not coded), value and reason empty.
 *
 * @example sentenceDecisionsTemplateCsv(findSentenceDisagreements([a, b], themes), ["A", "B"])
 */
export function sentenceDecisionsTemplateCsv(ds: SentenceDisagreement[], coders: string[]): string {
  const v = (x: 0 | 1 | null | undefined) => (x === null || x === undefined ? "" : String(x));
  const head = ["id", "sentence", "theme", ...coders.map(coderColumn), "value", "reason"];
  const rows = ds.map((d) => [d.id, String(d.sentence), d.theme, ...coders.map((c) => v(d.values[c])), "", ""]);
  return stringify([head, ...rows], { record_delimiter: "\n" });
}

/**
 * Sentence-level disagreements as CSV: id, sentence, theme, one column per coder (blank = not coded).
 *
 * @example sentenceDisagreementsCsv(findSentenceDisagreements([a, b], themes), ["A", "B"])
 */
export function sentenceDisagreementsCsv(ds: SentenceDisagreement[], coders: string[]): string {
  const v = (x: 0 | 1 | null | undefined) => (x === null || x === undefined ? "" : String(x));
  const rows = ds.map((d) => [d.id, String(d.sentence), d.theme, ...coders.map((c) => v(d.values[c]))]);
  return stringify([["id", "sentence", "theme", ...coders], ...rows], { record_delimiter: "\n" });
}

/** Decisions whose coder columns no longer match the sheets (a sheet changed after adjudication). */
function staleDecisions(sheets: Sheet[], decisions: Decision[], file: string): Problem[] {
  const problems: Problem[] = [];
  for (const d of decisions) {
    if (d.sentence === undefined) {
      problems.push({
        file,
        line: d.line,
        column: "sentence",
        message: "a unit-level decision for sentence-level sheets",
        fix: "decide sentence by sentence: id,sentence,theme,coder_…,value,reason (npm run adjudicate writes it)",
      });
      continue;
    }
    for (const s of sheets) {
      const given = d.coders?.[s.coder.toLowerCase()];
      if (given === undefined) continue;
      const row = s.sentences[d.id]?.find((r) => r.sentence === d.sentence);
      const now = row ? row.codes[d.theme] : undefined;
      const shown = now === null || now === undefined ? "" : String(now);
      if (now !== undefined && given !== shown)
        problems.push({
          file,
          line: d.line,
          column: coderColumn(s.coder),
          message:
            `the adjudicator saw ${coderColumn(s.coder)} = "${given}" for ${d.id} sentence ${d.sentence} × ` +
            `${d.theme}, but ${s.file} now has "${shown}": the sheet changed after adjudication`,
          fix: "adjudicate this cell again (write the sheet's value in the coder column, then decide)",
        });
    }
  }
  return problems;
}

/** A problem of the unit-level gold in sentence-level words: "u2 sentence 1 × dialogue", the row to add. */
function atSentenceLevel(p: Problem): Problem {
  const words = (t: string) => t.replace(/(\S+)#(\d+) ×/g, "$1 sentence $2 ×");
  const missing = /^add a row "(.+)#(\d+),([^,]+),/.exec(p.fix);
  const fix = missing
    ? `add a row "${missing[1]},${missing[2]},${missing[3]},<the coders' values>,<0 or 1>,<one-line reason>"`
    : p.fix;
  return { ...p, message: words(p.message), fix };
}

/**
 * The sentence-level gold: for every sentence of the units in all sheets and every theme, the
 * coders' common value or the decision for a disagreement, sorted by unit, sentence, theme.
 *
 * @throws {ValidationError} listing every missing, pointless, unit-level or stale decision
 * @example buildSentenceGold([coderA, coderB], parseDecisions(text, "decisions.csv", { themeKeys }), themeKeys)
 */
export function buildSentenceGold(
  sheets: Sheet[],
  decisions: Decision[],
  themes: string[],
  decisionsFile = "decisions.csv",
): GoldRow[] {
  const stale = staleDecisions(sheets, decisions, decisionsFile);
  if (stale.length) throw new ValidationError(`adjudication (${decisionsFile})`, stale);
  const keyed = decisions.map((d) => ({ ...d, id: sentenceKey(d.id, d.sentence as number) }));
  let rows: GoldRow[];
  try {
    rows = buildGold(sheets.map(sentenceView), keyed, themes, decisionsFile);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    throw new ValidationError(`adjudication (${decisionsFile})`, e.problems.map(atSentenceLevel));
  }
  const gold = rows.map((g) => {
    const { id, sentence } = splitSentenceKey(g.id);
    return { id, sentence, theme: g.theme, value: g.value, source: g.source, reason: g.reason };
  });
  return inSentenceOrder(gold, themes);
}

/** Presence (0/1) of each unit × theme in a gold standard: from its sentences when it is sentence-level. */
export interface UnitCode {
  id: string;
  theme: string;
  value: 0 | 1;
  /** Sentences marked 1 (sentence-level gold); null for a unit-level gold row. */
  mentions: number | null;
}

/**
 * The unit-level codes of a gold standard: a sentence-level gold's presence (any sentence 1) and
 * mentions (sentences 1) per unit × theme; a unit-level gold's rows as they are (mentions null).
 *
 * @example unitCodesOfGold(parseGold(text, "gold.csv")).filter((c) => c.theme === "dialogue")
 */
export function unitCodesOfGold(rows: GoldRow[]): UnitCode[] {
  const out = new Map<string, UnitCode>();
  for (const r of rows) {
    const k = `${r.id}\u0000${r.theme}`;
    const c = out.get(k) ?? { id: r.id, theme: r.theme, value: 0, mentions: r.sentence === undefined ? null : 0 };
    if (r.value === 1) {
      c.value = 1;
      if (c.mentions !== null) c.mentions++;
    }
    out.set(k, c);
  }
  return [...out.values()];
}
