/**
 * Tables of a class's coding: the keys of the coding page, agreement pair by pair (people and the dictionary
 * coder), the sentences an adjudicator has to decide, and what a REFI-QDA round trip kept.
 *
 *   pairKappaRecords            κ (and agreement) per theme for every pair of coders, side by side
 *   sentenceDisagreementRecords the sentences and themes on which coders differ, with the sentence
 *   codingPageRecords           what each written coding page holds
 *   roundTripRecords            a REFI-QDA project's codings against the sheets that went in
 */
import type { PairTable } from "../reliability/pairs";
import { formatCoefficient } from "../reliability/coefficient";
import type { BuiltCodingPage } from "../sheets/coding-page/build";
import type { RoundTrip } from "../sheets/qdpx/round-trip";
import { foldLineBreaks } from "../sheets/coding-page/evidence";
import type { SentenceDisagreement } from "../sheets/sentence-gold";
import type { Unit } from "../core";
import { splitSentences } from "../text";
import { shortText } from "./sheets";

/**
 * One row per theme (then the pooled decisions), a column of Cohen's κ per pair of coders, and the number of
 * sentences (or units) each pair coded in common.
 *
 * @example showTable(pairKappaRecords(pairwiseTables(coders, keys)))
 */
export function pairKappaRecords(pairs: PairTable[], digits = 3): Array<Record<string, string | number>> {
  if (pairs.length === 0) return [];
  return pairs[0].rows.map((r, i) => {
    const rec: Record<string, string | number> = { theme: r.theme === "overall" ? "pooled decisions" : r.theme };
    for (const p of pairs) {
      const row = p.rows[i];
      rec[`κ ${p.first}–${p.second}`] = formatCoefficient(row.cohenKappa, digits);
      rec[`agreement ${p.first}–${p.second}`] = formatCoefficient(row.agreement, digits);
    }
    rec["coded by both"] = r.units;
    return rec;
  });
}

/**
 * The disagreements with each coder's code ("blank" when not coded) and the start of the sentence (as the sheet
 * prints it).
 *
 * @example sentenceDisagreementRecords(findSentenceDisagreements([a, b], keys), ["A", "B"], units)
 */
export function sentenceDisagreementRecords(
  list: SentenceDisagreement[],
  coders: string[],
  units: Unit[],
  maxChars = 160,
): Array<Record<string, string | number>> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const sentences = new Map<string, string[]>();
  const textOf = (id: string, n: number): string => {
    if (!sentences.has(id)) {
      const u = byId.get(id);
      sentences.set(id, u ? splitSentences(u.body).map((s) => foldLineBreaks(s.text).text) : []);
    }
    return sentences.get(id)?.[n - 1] ?? "";
  };
  return list.map((d) => {
    const rec: Record<string, string | number> = { id: d.id, sentence: d.sentence, theme: d.theme };
    for (const c of coders) rec[c] = d.values[c] ?? "blank";
    rec.text = shortText(textOf(d.id, d.sentence), maxChars);
    return rec;
  });
}

/**
 * What each coding page holds: coder, units, sentences, blind or with evidence, size, file.
 *
 * @example showTable(codingPageRecords([{ file: "output/coding-pages/a.html", page }]))
 */
export function codingPageRecords(
  pages: Array<{ file: string; page: BuiltCodingPage }>,
): Array<Record<string, string | number>> {
  return pages.map(({ file, page }) => ({
    coder: page.data.coder,
    units: page.data.units.length,
    sentences: page.sentences,
    page: page.data.evidence ? "instructor's (evidence shown)" : "blind",
    KB: Math.round(Buffer.byteLength(page.html) / 1024),
    codebook: page.data.codebook,
    file,
  }));
}

/**
 * Each coder's round trip through a REFI-QDA project, in words a reader can check.
 *
 * @example showTable(roundTripRecords(roundTrips(project, codings, themes, file)))
 */
export function roundTripRecords(rows: RoundTrip[]): Array<Record<string, string | number>> {
  return rows.map((r) => ({
    coder: r.coder,
    "codings in the project": r.codings,
    "1s in the sheet": r.sheetOnes,
    "1s read back": r.readOnes,
    "cells compared": r.cells,
    "cells that differ": r.differing,
  }));
}
