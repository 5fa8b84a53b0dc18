/**
 * Loading a card: its texts (General Debate cards through the cache and an in-process memo; folder
 * cards from their folder; Security Council cards streamed from the user's download), with a report;
 * and its coding units.
 */
import { ArgumentError } from "../core";
import type { Text, Unit } from "../core";
import { kosovoPassage, wholeTextUnit } from "../units";
import { locateArchive } from "./archive-source";
import { type CorpusCard, resolveCard } from "./card";
import { asCouncilCard } from "./datasets/card";
import { isCouncilKind, loadCouncilCorpus } from "./datasets/council-corpus";
import { loadFolder } from "./load-folder";
import { loadUngdc } from "./load-ungdc";
import type { LoadedCorpus, LoadOptions } from "./loaded";

const memo = new Map<string, LoadedCorpus>();
/** Cards whose emptiness has been told once already. */
const warned = new Set<string>();

/**
 * Loads a card's texts with a report. General Debate cards are read once from the archive (the full
 * archive, or the embedded subset when the full archive is not there: `report.archive` says which) and
 * cached in `.cache/corpus/<card>-<years>-<key>.json` (the key covers the archive's and the
 * workbook's size and time, the years and the filters), and memoised in-process; folder cards
 * are read from their folder each time. A Kosovo-passage card keeps only the speeches that name
 * an anchor term (the coding guide's definition of the Kosovo corpus); the report counts all
 * speeches per year for shares.
 *
 * @example loadCorpus("ungdc-kosovo", { years: [1989, 2024] }).report.notes
 * @throws {ArgumentError} when `opts.years` is not [from, to] with from <= to
 */
export function loadCorpus(cardOrName: CorpusCard | string, opts: LoadOptions = {}): LoadedCorpus {
  const card = resolveCard(cardOrName);
  const years: [number, number] = opts.years ?? card.filters.years;
  if (!Array.isArray(years) || years.length !== 2 || !(years[0] <= years[1])) {
    throw new ArgumentError("years", "[from, to] with from <= to, e.g. [1989, 2024]", JSON.stringify(years));
  }
  if (card.source.kind === "folder") return loadFolder(card, years);
  if (isCouncilKind(card.source.kind)) {
    const council = loadCouncilCorpus(asCouncilCard(card), { years });
    return { ...council, card };
  }
  const memoKey = JSON.stringify([card.name, card.file, card.filters, card.unit, locateArchive(card), years]);
  const hit = memo.get(memoKey);
  if (hit && !opts.noCache) return { ...hit, report: { ...hit.report, from: "memo" } };
  const loaded = loadUngdc(card, years, opts.noCache === true);
  if (!opts.noCache) memo.set(memoKey, loaded);
  return loaded;
}

/**
 * A card's texts (see `loadCorpus`). An empty corpus returns [] and prints, once, how to fill it.
 *
 * @example loadTexts("china-ungdc").length // 53 (PRC speeches 1972–2024)
 */
export function loadTexts(card: CorpusCard | string, opts: LoadOptions = {}): Text[] {
  const loaded = loadCorpus(card, opts);
  if (loaded.texts.length === 0 && loaded.report.notes.length && !warned.has(loaded.card.name)) {
    warned.add(loaded.card.name);
    console.warn(loaded.report.notes.join("\n"));
  }
  return loaded.texts;
}

/**
 * A card's coding units: the Kosovo passage of each text (`unit: kosovo-passage`) or each whole
 * text (`unit: whole`), in the order of the texts.
 *
 * @example loadUnits("ungdc-kosovo").length // 99 (2008–2024)
 */
export function loadUnits(card: CorpusCard | string, opts: LoadOptions = {}): Unit[] {
  const c = resolveCard(card);
  return unitsOfTexts(c, loadTexts(c, opts));
}

/**
 * Cuts texts into a card's units: each whole text, or the Kosovo passage of each text that has one.
 *
 * @example unitsOfTexts(loadCard("china-kosovo"), texts).length === texts.length // true
 */
export function unitsOfTexts(card: CorpusCard, texts: Text[]): Unit[] {
  if (card.unit === "whole") return texts.map(wholeTextUnit);
  const out: Unit[] = [];
  for (const t of texts) {
    const u = kosovoPassage(t);
    if (u) out.push(u);
  }
  return out;
}

/** Forgets the in-process memo (the on-disk cache stays). */
export function clearMemo(): void {
  memo.clear();
}
