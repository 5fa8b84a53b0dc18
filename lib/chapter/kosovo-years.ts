/**
 * Chapter 01's long view: the General Debate speeches naming Kosovo over many years (every country), read from the
 * archive when it can be, and shown as a table, a line and two charts.
 */
import type { Text } from "../core";
import { type LoadedCorpus, loadCorpus } from "../corpus";
import { barChart } from "../charts";
import { showChart, showMarkdown, showNote, showTable } from "../display";
import { countryRows, perYearRows, type YearRow } from "../tables";

/** The speeches naming Kosovo over a span of years, or why the archive could not be read. */
export interface KosovoYears {
  years: [number, number];
  /** The load; null when the archive could not be read. */
  loaded: LoadedCorpus | null;
  /** Speeches naming Kosovo and all speeches per year (empty when not loaded). */
  rows: YearRow[];
  /** Why the archive could not be read; null when it was. */
  problem: string | null;
}

/**
 * The General Debate speeches naming Kosovo in `years` (card `ungdc-kosovo`), with all speeches per year. A load
 * that fails is reported in `problem`, not thrown: the chapter goes on without this view.
 *
 * @example kosovoYears([1989, 2024]).loaded?.texts.length // 433
 */
export function kosovoYears(years: [number, number], card = "ungdc-kosovo"): KosovoYears {
  try {
    const loaded = loadCorpus(card, { years });
    const rows = perYearRows(loaded.texts, { years, speechesPerYear: loaded.report.speechesPerYear });
    return { years, loaded, rows, problem: null };
  } catch (e) {
    return { years, loaded: null, rows: [], problem: (e as Error).message };
  }
}

/**
 * The line under the table: how many speeches name an anchor term, the year with the most (the first on a tie), and
 * China's own speeches among them.
 *
 * @example kosovoYearsLine(texts, rows, [1989, 2024]) // "433 speeches of 1989–2024 name an anchor term; …"
 */
export function kosovoYearsLine(texts: Text[], rows: YearRow[], years: [number, number]): string {
  const peak = rows.reduce((a, b) => (b.texts > a.texts ? b : a));
  const chinaIds = texts.filter((t) => t.country === "CHN").map((t) => t.id);
  return (
    `${texts.length} speeches of ${years[0]}–${years[1]} name an anchor term; ` +
    `the most in one year: **${peak.texts}** in ${peak.year}. ` +
    `China's own General Debate speeches among them: ${chinaIds.length ? chinaIds.join(", ") : "none"} — ` +
    "in the General Debate China rarely names Kosovo, so its stance has to be read in the MFA and Security Council " +
    "statements the study coded."
  );
}

/**
 * Shows the speeches naming Kosovo per year (a table, the line, a chart per year and the 20 countries that name it
 * most), or the note that says why the archive could not be read.
 *
 * @example await showKosovoYears(kosovoYears([1989, 2024]))
 */
export async function showKosovoYears(k: KosovoYears): Promise<void> {
  if (!k.loaded) {
    showNote(`The General Debate archive could not be read: ${k.problem}`);
    return;
  }
  const span = `${k.years[0]}–${k.years[1]}`;
  const texts = k.loaded.texts;
  showTable(
    k.rows.map((r) => ({ year: r.year, kosovo_speeches: r.texts, all_speeches: r.speeches, share: r.share })),
    { title: `Speeches naming Kosovo per year, UN General Debate ${span}`, maxRows: 40 },
  );
  showMarkdown(kosovoYearsLine(texts, k.rows, k.years));
  await showChart(
    barChart(
      k.rows.map((r) => ({ label: String(r.year), value: r.texts })),
      {
        title: `Speeches naming Kosovo per year, UN General Debate ${span}`,
        caption:
          "Speeches with at least one anchor term (Kosovo, Metohija, Pristina, UNMIK, KFOR, EULEX, …), by year; " +
          `${texts.length} in all.`,
        sort: "label",
        yTitle: "speeches",
      },
    ),
    `01-kosovo-speeches-${k.years[0]}-${k.years[1]}`,
  );
  await showChart(
    barChart(
      countryRows(texts, 20).map((r) => ({ label: r.name, value: r.texts })),
      {
        title: `Which countries speak of Kosovo most (General Debate ${span})`,
        caption: `The 20 countries with the most speeches naming Kosovo, ${span}.`,
        horizontal: true,
        xTitle: "speeches naming Kosovo",
      },
    ),
    "01-kosovo-countries",
  );
}
