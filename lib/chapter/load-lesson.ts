/**
 * Chapter 01's steps: what was loaded, from where, and the load report's notes; texts and words per year; who
 * speaks most; the anchor terms in the units.
 */
import type { Text, Unit } from "../core";
import { archiveLine, type CorpusCard, type LoadedCorpus } from "../corpus";
import { barChart, lineChart } from "../charts";
import { showChart, showMarkdown, showNote, showTable } from "../display";
import { countryRows, perYearRows, speakerRows, type YearRow } from "../tables";
import { anchorCounts } from "../text";

/**
 * Shows what chapter 01 loaded: the card, its texts and units with their words, where they were read from (and
 * which General Debate archive: the full one or the embedded subset), then each note of the load report.
 *
 * @example showLoadSummary(card, loadCorpus(card), unitsOfTexts(card, loaded.texts))
 */
export function showLoadSummary(card: CorpusCard, loaded: LoadedCorpus, units: Unit[]): void {
  const words = (xs: Array<{ words: number }>) => xs.reduce((s, x) => s + x.words, 0).toLocaleString("en");
  const kind = card.unit === "kosovo-passage" ? "Kosovo passages" : "whole texts";
  showMarkdown(
    `Corpus card **${card.name}** — ${card.title}.\n\n` +
      `${loaded.texts.length} texts, ${units.length} units (${kind}), ${words(loaded.texts)} words in the texts, ` +
      `${words(units)} in the units. Read from: ${loaded.report.from}.`,
  );
  const archive = archiveLine(loaded.report);
  if (archive) showMarkdown(archive);
  for (const note of loaded.report.notes) showNote(note, { quiet: true });
}

/**
 * Texts, words and unit words per year of the card's years; with all speeches of the year and the share on a
 * General Debate card.
 *
 * @example textsPerYear(card, loadCorpus(card), units)[0] // { year: 2008, texts: 12, words: 40210, … }
 */
export function textsPerYear(card: CorpusCard, loaded: LoadedCorpus, units: Unit[]): YearRow[] {
  return perYearRows(loaded.texts, {
    years: card.filters.years,
    speechesPerYear: card.source.kind === "ungdc" ? loaded.report.speechesPerYear : undefined,
    units,
  });
}

/**
 * What to say when a load found no texts: the load report's notes, or that the card's years hold none; null when
 * there are texts.
 *
 * @example noTextsNote(loadCorpus("china-kosovo")) // "…texts/china-kosovo has no texts yet…"
 */
export function noTextsNote(loaded: Pick<LoadedCorpus, "card" | "texts" | "report">): string | null {
  if (loaded.texts.length > 0) return null;
  const years = loaded.card.filters.years.join("–");
  return loaded.report.notes.join("\n") || `The corpus ${loaded.card.name} has no texts in ${years}.`;
}

/**
 * Shows texts and words per year as a table, or, when the load found no texts, the note that says why.
 *
 * @example showTextsPerYear(loaded, textsPerYear(card, loaded, units))
 */
export function showTextsPerYear(loaded: LoadedCorpus, rows: YearRow[]): void {
  const note = noTextsNote(loaded);
  if (note !== null) {
    showNote(note);
    return;
  }
  showTable(
    rows.map((r) => ({
      year: r.year,
      texts: r.texts,
      words: r.words,
      "unit words": r.unitWords,
      speeches: r.speeches,
      share: r.share,
    })),
    { title: `Texts per year, ${loaded.card.name}`, maxRows: 60 },
  );
}

/**
 * Charts texts per year and words per year (of the texts and of their units); nothing when there are no texts
 * (the table's step said why).
 *
 * @example await showYearCharts(loaded, textsPerYear(card, loaded, units))
 */
export async function showYearCharts(loaded: LoadedCorpus, rows: YearRow[]): Promise<void> {
  if (loaded.texts.length === 0) return;
  const name = loaded.card.name;
  const texts = rows.map((r) => ({ label: String(r.year), value: r.texts }));
  const caption = `Number of texts per year in ${name} (${loaded.texts.length} in all).`;
  await showChart(
    barChart(texts, { title: `Texts per year — ${name}`, caption, sort: "label", yTitle: "texts" }),
    "01-texts-per-year",
  );
  const words = rows.flatMap((r) => [
    { x: r.year, y: r.words, series: "words in texts" },
    { x: r.year, y: r.unitWords ?? 0, series: "words in units" },
  ]);
  await showChart(
    lineChart(words, {
      title: `Words per year — ${name}`,
      caption: "Words of the texts and of their coding units, per year.",
      xYear: true,
      xTitle: "year",
      yTitle: "words",
    }),
    "01-words-per-year",
  );
}

/**
 * Shows the countries (top 15) and the speakers (top 10) with the most texts; nothing when there are no texts.
 *
 * @example showTopSpeakers(card.name, loadCorpus(card).texts)
 */
export function showTopSpeakers(cardName: string, texts: Text[]): void {
  if (texts.length === 0) return;
  showTable(
    countryRows(texts, 15).map((r) => ({
      country: r.key,
      name: r.name,
      texts: r.texts,
      words: r.words,
      years: r.years,
    })),
    { title: `Countries with the most texts — ${cardName}` },
  );
  showTable(
    speakerRows(texts, 10).map((r) => ({
      speaker: r.key,
      post: r.name,
      texts: r.texts,
      words: r.words,
      years: r.years,
    })),
    { title: `Speakers with the most texts — ${cardName}` },
  );
}

/**
 * What a card's units say about anchor terms: "whole" when the unit is the whole text (no anchor terms needed),
 * "none" when there are no units, "count" when the anchor terms are counted.
 *
 * @example anchorStep(loadCard("china-ungdc"), []) // "whole"
 */
export function anchorStep(card: CorpusCard, units: Unit[]): "count" | "whole" | "none" {
  if (units.length > 0 && card.unit === "kosovo-passage") return "count";
  return card.unit === "whole" ? "whole" : "none";
}

/**
 * Shows the anchor terms in the units (hits, and units with the term), or says why there are none to count.
 *
 * @example showAnchorTerms(card, unitsOfTexts(card, texts))
 */
export function showAnchorTerms(card: CorpusCard, units: Unit[]): void {
  const step = anchorStep(card, units);
  if (step === "count") {
    showTable(anchorCounts(units), {
      title: `Anchor terms in the units of ${card.name} (hits, and units with the term)`,
    });
  } else {
    showMarkdown(step === "whole" ? "This card's unit is the whole text: no anchor terms are needed." : "No units.");
  }
}
