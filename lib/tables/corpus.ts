/**
 * Tables of a corpus for a reader: texts and words per year (with all speeches and the share),
 * per country, per speaker, per category. Each function returns plain rows, ready to show.
 */
import { byCodeUnit } from "../core";
import type { Text, Unit } from "../core";
import type { CorpusCard } from "../corpus/card";
import { describeSource } from "../corpus/source-check";
import { speakerKey, stripTitles } from "../corpus/speaker-names";

/** One year of a corpus: texts, words, and (General Debate) all speeches of the year and the share. */
export interface YearRow {
  year: number;
  /** Texts of the corpus in the year (for a Kosovo card: speeches that name Kosovo). */
  texts: number;
  /** Words of those texts. */
  words: number;
  /** Words of their units (Kosovo passages), when units were given. */
  unitWords?: number;
  /** All speeches of the year in the archive (within the card's countries), when known. */
  speeches?: number;
  /** texts / speeches, rounded to 4 decimals. */
  share?: number;
}

/**
 * Texts and words per year, every year of `years` included (zeros too), sorted by year.
 * With `speechesPerYear` (a load report's) each row also has all speeches and the share;
 * with `units`, the words of the units.
 *
 * @example perYearRows(texts, { years: [2008, 2010], speechesPerYear: report.speechesPerYear })
 *   // [{ year: 2008, texts: 12, words: 40210, speeches: 192, share: 0.0625 }, …]
 */
export function perYearRows(
  texts: Text[],
  opts: { years?: [number, number]; speechesPerYear?: Record<string, number>; units?: Unit[] } = {},
): YearRow[] {
  const ys = texts.map((t) => t.year);
  const [from, to] = opts.years ?? (ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, -1]);
  const rows: YearRow[] = [];
  for (let y = from; y <= to; y++) {
    const inYear = texts.filter((t) => t.year === y);
    const row: YearRow = { year: y, texts: inYear.length, words: inYear.reduce((s, t) => s + t.words, 0) };
    if (opts.units) row.unitWords = opts.units.filter((u) => u.year === y).reduce((s, u) => s + u.words, 0);
    if (opts.speechesPerYear) {
      row.speeches = opts.speechesPerYear[String(y)] ?? 0;
      row.share = row.speeches ? Math.round((row.texts / row.speeches) * 1e4) / 1e4 : 0;
    }
    rows.push(row);
  }
  return rows;
}

/** One country (or speaker) of a corpus. */
export interface CountRow {
  key: string;
  name: string;
  texts: number;
  words: number;
  /** First and last year, e.g. "2008–2024" (or "2010"). */
  years: string;
}

function countRows(texts: Text[], keyOf: (t: Text) => string, nameOf: (t: Text) => string, top?: number): CountRow[] {
  const by = new Map<string, { name: string; texts: number; words: number; min: number; max: number }>();
  for (const t of texts) {
    const k = keyOf(t);
    const r = by.get(k) ?? { name: nameOf(t), texts: 0, words: 0, min: t.year, max: t.year };
    if (t.year > r.max) r.name = nameOf(t); // the latest text's name (RUS: "Russia", not the USSR)
    r.texts++;
    r.words += t.words;
    r.min = Math.min(r.min, t.year);
    r.max = Math.max(r.max, t.year);
    by.set(k, r);
  }
  const rows = [...by.entries()].map(([key, r]) => ({
    key,
    name: r.name,
    texts: r.texts,
    words: r.words,
    years: r.min === r.max ? String(r.min) : `${r.min}–${r.max}`,
  }));
  rows.sort((a, b) => b.texts - a.texts || b.words - a.words || byCodeUnit(a.key, b.key));
  return top === undefined ? rows : rows.slice(0, top);
}

/**
 * Texts and words per country, most texts first (ties: more words, then code). `key` is the
 * country code, `name` its name in the latest text.
 *
 * @example countryRows(texts, 3) // [{ key: "SRB", name: "Serbia", texts: 17, words: 9000, years: "2008–2024" }, …]
 */
export function countryRows(texts: Text[], top?: number): CountRow[] {
  return countRows(
    texts,
    (t) => t.country,
    (t) => t.countryName,
    top,
  );
}

/**
 * Texts and words per speaker, most texts first. `key` is "speaker (country)" (the name as in the
 * latest text, titles such as "Mr." dropped), `name` the post. Spellings that differ only in titles,
 * case or diacritics are one speaker ("Mr. Wang Yi" = "Wang Yi"). Texts with no known speaker are
 * counted under "(unknown)".
 *
 * @example speakerRows(texts, 5)[0].key // "Ivica Dačić (SRB)"
 */
export function speakerRows(texts: Text[], top?: number): CountRow[] {
  // one row per person however the workbook spells the name ("Mr. Wang Yi", "Wang Yi"; "HUANG Hua", "Huang Hua")
  const shown = new Map<string, { year: number; name: string }>();
  for (const t of texts) {
    const k = `${speakerKey(t.speaker)}|${t.country}`;
    const s = shown.get(k);
    if (!s || t.year >= s.year) shown.set(k, { year: t.year, name: stripTitles(t.speaker) });
  }
  const rows = countRows(
    texts,
    (t) => `${speakerKey(t.speaker)}|${t.country}`,
    (t) => t.post,
    top,
  );
  return rows.map((r) => {
    const [, country] = r.key.split("|");
    const name = shown.get(r.key)?.name || "(unknown)";
    return { ...r, key: `${name}${country ? ` (${country})` : ""}` };
  });
}

/**
 * Texts and words per category of the card, in the card's order (zeros included).
 *
 * @example categoryRows(card, texts) // [{ key: "mfa", name: "mfa", texts: 0, words: 0, years: "" }, …]
 */
export function categoryRows(card: CorpusCard, texts: Text[]): CountRow[] {
  return card.categories.map((c) => {
    const inCat = texts.filter((t) => t.category === c);
    const ys = inCat.map((t) => t.year);
    const years = ys.length
      ? Math.min(...ys) === Math.max(...ys)
        ? String(ys[0])
        : `${Math.min(...ys)}–${Math.max(...ys)}`
      : "";
    return { key: c, name: c, texts: inCat.length, words: inCat.reduce((s, t) => s + t.words, 0), years };
  });
}

/**
 * The corpus cards as a table: name, title, where the texts are read from, the unit, the years, the categories.
 *
 * @example cardRows([loadCard("ungdc-kosovo")])[0]
 * // { card: "ungdc-kosovo", title: "Kosovo in the UN General Debate …", source: "…", unit: "kosovo-passage", … }
 */
export function cardRows(cards: CorpusCard[]): Array<Record<string, string>> {
  return cards.map((c) => ({
    card: c.name,
    title: c.title,
    source: describeSource(c),
    unit: c.unit,
    years: `${c.filters.years[0]}–${c.filters.years[1]}`,
    categories: c.categories.join(", "),
  }));
}

/**
 * One card as a two-column table of its fields (name, source, unit, years, countries, categories, periods, whether
 * the Republic of China's delegation is left out).
 *
 * @example cardFieldRows(loadCard("china-ungdc")).find((r) => r.field === "countries") // { …, value: "CHN" }
 */
export function cardFieldRows(card: CorpusCard): Array<{ field: string; value: string }> {
  const env = card.source.env ? ` (or $${card.source.env})` : "";
  return [
    { field: "name", value: card.name },
    { field: "source", value: `${card.source.kind}: ${card.source.path}${env}` },
    { field: "unit", value: card.unit },
    { field: "years", value: `${card.filters.years[0]}–${card.filters.years[1]}` },
    { field: "countries", value: card.filters.countries.join(", ") || "every country" },
    { field: "categories", value: card.categories.join(", ") },
    { field: "periods", value: card.periods.map((p) => p.label).join(", ") },
    { field: "Republic of China delegation left out", value: card.filters.excludeRoc ? "yes" : "no" },
  ];
}
