/**
 * The findings of chapter 07 (vocabulary): the silences — a speaker group's zero for a word list, read against the
 * use by every other group — computed as chapter 07 computes them, on the corpus it reads (the card's
 * `analysis.compare.corpus`: every delegation's Kosovo passages on the General Debate cards).
 */
import { compareView } from "../../chapter";
import { loadCodebook } from "../../codebook";
import { codeCorpus } from "../../workflow";
import { GROUP_KEYS, GROUP_SHORT_LABELS, groupLabeller, loadCard, loadUnits } from "../../corpus";
import { fromCodedVocabulary, type SilenceRow, silenceTable } from "../../vocabulary";
import { claimsIn, type Finding, joinParts, sentence } from "./claims";

const CHAPTER = "07-vocabulary";

/**
 * The corpus chapters 07 and 08 read when the workbook runs on `cardName` (its `analysis.compare.corpus`).
 *
 * @example speakersCard("china-ungdc") // "ungdc-kosovo"
 */
export function speakersCard(cardName: string): string {
  return compareView(loadCard(cardName)).card.name;
}

/** The word lists chapter 07 reads for silences. */
export const SILENCE_LISTS = ["normalization", "icj"];

/**
 * The silence table of chapter 07: each speaker group's use of the lists beside all other groups' use.
 *
 * @example silenceRows("ungdc-kosovo").filter((r) => r.silent).map((r) => `${r.group}: ${r.list}`)
 * // ["Russia: icj", …]
 */
export function silenceRows(cardName: string): SilenceRow[] {
  const card = loadCard(speakersCard(cardName));
  const units = loadUnits(card);
  const groupLabel = groupLabeller();
  const groups = GROUP_KEYS.map((k) => GROUP_SHORT_LABELS[k]);
  const { coded } = codeCorpus(card, { codebook: loadCodebook() });
  const counts = fromCodedVocabulary(units, coded, groupLabel);
  return silenceTable(counts, SILENCE_LISTS, groups, { unitWord: "passages", countWord: "sentences" });
}

/**
 * The silences: which groups never use a list while others do (with the chapter's reading of each), and what the
 * corpus can say about China's silences, the paper's claim.
 *
 * @example silencesFinding("ungdc-kosovo").chart // "07-silence-lists-by-year"
 */
export function silencesFinding(cardName: string): Finding {
  const at = claimsIn(CHAPTER, "finding-silences");
  const rows = silenceRows(cardName);
  const corpus = speakersCard(cardName);
  const years = loadCard(corpus).filters.years.join("–");
  const silent = rows.filter((r) => r.silent);
  const items = silent.map((r) => {
    const row = [r.list, r.group];
    const few = r.fewUnits ? " (too few passages to read much into)" : "";
    return sentence`${at(r.group, row)} never uses ${r.list} in its ${at(String(r.units), row)} passage(s) while the \
others do in ${at(`${r.otherUnitsUsing} of ${r.otherUnits}`, row)}${few}`;
  });
  const found =
    silent.length === 0
      ? sentence`No speaker group of ${corpus} is silent on ${SILENCE_LISTS.join(" or ")} against a baseline.`
      : sentence`Silences against a baseline in ${corpus} (${years}): ${joinParts(items, "; ")}.`;
  const china = rows.filter((r) => r.group === GROUP_SHORT_LABELS.china);
  const chinaSays = china.every((r) => r.units === 0)
    ? sentence`${at(`China has no Kosovo passage in the General Debate ${years}.`)} The corpus cannot test the paper's \
claim that China never says "normalization" or mentions the ICJ's opinion: that claim is about the study's own texts.`
    : joinParts(
        china.map((r) => sentence`China, ${r.list}: ${at(r.reading, [r.list, r.group])}`),
        "; ",
      );
  const few = [...new Set(rows.filter((r) => r.fewUnits && r.units > 0).map((r) => `${r.group}, ${r.units}`))];
  return {
    key: "silences",
    title: "Silences: who never uses a word that others use",
    cell: at("").cell,
    sentences: [found, chinaSays],
    chart: "07-silence-lists-by-year",
    caveat: sentence`A zero is a silence only when other speakers use the word; a group with few passages \
(${few.join("; ") || "none"}) says too little for its zero to mean much.`,
  };
}
