/**
 * The texts of a corpus card on a Security Council dataset (`unsc-kosovo`: every speaker at the
 * Council's Kosovo meetings; `china-unsc`: all of China's Council speeches), streamed from the user's
 * download and returned as the corpus loader's Texts (`loadCorpus` routes these source kinds here).
 */
import { InputError, type Text, byCodeUnit } from "../../core";
import type { CorpusCard, CorpusSource } from "../card";
import { type LoadReport, textsReport } from "../loaded";
import { countWords } from "../../text";
import { type CouncilReadReport, type CouncilSpeech, bareName, nationalCapacityPart } from "./council";
import { councilDir, councilSourceProblem } from "./council-source";
import { DATASETS } from "./kinds";
import { chinaStatementBody, isChina } from "./select";
import { readUnscDebates } from "./unsc-debates";
import { readUnscSpeeches } from "./unsc-speeches";

/** The Security Council datasets a card can be read from. */
export type CouncilKind = "unsc-speeches" | "unsc-debates";
/** Which speeches a card takes. */
export type CouncilCardSelect = "kosovo-meetings" | "china";

/** The source of a Security Council card: a dataset kind and the speeches it takes. */
export type CouncilCardSource = CorpusSource & { kind: CouncilKind; select: CouncilCardSelect };

/** A corpus card whose texts come from a Security Council dataset. */
export type CouncilCard = Omit<CorpusCard, "source"> & { source: CouncilCardSource };

const KINDS: CouncilKind[] = ["unsc-speeches", "unsc-debates"];

/**
 * Is a card's source kind one of the Security Council datasets?
 *
 * @example isCouncilKind("unsc-debates") // true
 */
export function isCouncilKind(kind: string): kind is CouncilKind {
  return (KINDS as string[]).includes(kind);
}

/** The part of a speech a card keeps: China's statement (china), or any speaker's words (not procedural turns). */
function keptBody(card: CouncilCard, s: CouncilSpeech): { body: string; country: string } | null {
  if (card.source.select === "china") {
    const b = chinaStatementBody(s);
    return b === null ? null : { body: b, country: "CHN" };
  }
  if (!s.presiding) return s.procedural === true ? null : { body: s.body, country: s.country };
  const part = nationalCapacityPart(s.body);
  if (part) return { body: part.text, country: isChina(part.country) ? "CHN" : s.country };
  return s.procedural === false ? { body: s.body, country: s.country } : null;
}

/**
 * Streams a card's texts from its dataset (the dataset itself never in memory): one Text per speech the
 * card selects, in the dataset's order. `report` is filled as the stream goes.
 *
 * @example for (const t of streamCouncilTexts(asCouncilCard(loadCard("unsc-kosovo")))) t.country
 * @throws {InputError} when the dataset is not at the card's folder, or a file is not what it claims
 */
export function* streamCouncilTexts(
  card: CouncilCard,
  opts: { dir?: string; years?: [number, number]; report?: CouncilReadReport } = {},
): Generator<Text> {
  const dir = opts.dir ?? councilDir(card);
  const info = DATASETS[card.source.kind];
  const missing = opts.dir === undefined ? councilSourceProblem(card) : null;
  if (missing) throw new InputError(missing);
  const report = opts.report ?? { files: [], version: info.version, rows: 0, kept: 0, joinedRows: 0, notes: [] };
  const years = opts.years ?? card.filters.years;
  const select = {
    kosovoMeetings: card.source.select === "kosovo-meetings",
    chinaOnly: card.source.select === "china",
    years,
  };
  const read = card.source.kind === "unsc-speeches" ? readUnscSpeeches : readUnscDebates;
  const countries = card.filters.countries;
  for (const s of read(dir, select, report)) {
    const kept = keptBody(card, s);
    if (!kept || kept.body.trim() === "") continue;
    if (countries.length > 0 && !countries.includes(kept.country)) continue;
    const version = card.source.version ?? report.version;
    yield {
      id: s.rowId,
      date: s.date,
      year: Number(s.date.slice(0, 4)),
      category: card.categories[0] ?? "unsc",
      speaker: bareName(s.speaker),
      post: s.post,
      country: kept.country,
      countryName: kept.country === "CHN" ? "China" : s.countryName,
      venue: `UN Security Council, ${s.symbol || "meeting"}${s.resumption ? ` (${s.resumption})` : ""}`,
      source: `${info.title} v${version}, doi:${info.doi}, ${s.place}`,
      body: kept.body,
      words: countWords(kept.body),
    };
  }
}

/**
 * Loads a Security Council card the way the corpus loader loads its cards: the texts (sorted by date,
 * then id) and a report in the loader's shape.
 *
 * @example loadCouncilCorpus(asCouncilCard(loadCard("unsc-kosovo"))).texts.length
 */
export function loadCouncilCorpus(
  card: CouncilCard,
  opts: { years?: [number, number]; dir?: string } = {},
): { card: CouncilCard; texts: Text[]; report: LoadReport } {
  const years = opts.years ?? card.filters.years;
  const version = DATASETS[card.source.kind].version;
  const read: CouncilReadReport = { files: [], version, rows: 0, kept: 0, joinedRows: 0, notes: [] };
  const texts = [...streamCouncilTexts(card, { dir: opts.dir, years, report: read })].sort(
    (a, b) => byCodeUnit(a.date ?? "", b.date ?? "") || byCodeUnit(a.id, b.id),
  );
  const notes = [
    `${texts.length} speeches of ${years[0]}–${years[1]} from ${read.files.join(", ")} ` +
      `(${DATASETS[card.source.kind].title} v${card.source.version ?? read.version}; ${read.rows} rows read).`,
    ...(read.joinedRows > 0 ? [`${read.joinedRows} rows split over two lines were joined.`] : []),
    ...read.notes,
  ];
  return { card, texts, report: textsReport(card, years, texts, notes, "archive") };
}
