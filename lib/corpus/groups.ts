/**
 * Country groups for the General Debate corpus: which actor a speech speaks for (facts about speakers).
 *
 * The groups are data (`data/country-groups.csv`), not code: a row says that an ISO3 code belongs to a
 * group from a year to a year (both inclusive, blank = open). EU membership counts from the year of
 * accession, so a country's speeches before it joined are "other". A code with no row is "other".
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { byCodeUnit, fromProjectRoot, InputError, type Problem, projectRoot, ValidationError } from "../core";

/** The group keys, in the order tables and charts list them. */
export const GROUP_KEYS = ["china", "serbia", "russia", "united_states", "eu", "albania", "other"] as const;

/** A group key: one of {@link GROUP_KEYS}. */
export type GroupKey = (typeof GROUP_KEYS)[number];

/** Labels a reader sees for each group. */
export const GROUP_LABELS: Record<GroupKey, string> = {
  china: "China",
  serbia: "Serbia (incl. Yugoslavia, Serbia and Montenegro)",
  russia: "Russia",
  united_states: "United States",
  eu: "EU member states",
  albania: "Albania",
  other: "Other countries",
};

/** Short group names for tables and charts (`GROUP_LABELS` has the full ones). */
export const GROUP_SHORT_LABELS: Record<GroupKey, string> = {
  china: "China",
  serbia: "Serbia/Yugoslavia",
  russia: "Russia",
  united_states: "United States",
  eu: "EU members",
  albania: "Albania",
  other: "Other countries",
};

/** One row of `data/country-groups.csv`: `iso3` is in `group` for the years `from`..`to` (inclusive; null = open). */
export interface CountryGroupRow {
  iso3: string;
  group: GroupKey;
  from: number | null;
  to: number | null;
  name: string;
  note: string;
  /** 1-based line in the CSV file (header is line 1). */
  line: number;
}

/** The default location of the groups table. */
export function countryGroupsPath(): string {
  return path.join(projectRoot(), "data", "country-groups.csv");
}

const COLUMNS = ["iso3", "group", "from", "to", "name", "note"];

function parseYear(value: string, file: string, line: number, column: string, problems: Problem[]): number | null {
  const v = value.trim();
  if (v === "") return null;
  if (!/^\d{4}$/.test(v)) {
    problems.push({
      file,
      line,
      column,
      message: `"${v}" is not a year`,
      fix: "write a four-digit year, or leave the cell empty for no limit",
    });
    return null;
  }
  return Number(v);
}

/**
 * Parses the text of a country-groups CSV. Every problem in the file is collected and thrown together.
 *
 * @example
 * parseCountryGroups("iso3,group,from,to,name,note\nHRV,eu,2013,,Croatia,\n", "groups.csv")
 * // → [{ iso3: "HRV", group: "eu", from: 2013, to: null, name: "Croatia", note: "", line: 2 }]
 */
export function parseCountryGroups(text: string, file: string): CountryGroupRow[] {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError({
      file,
      line: err.lines,
      message: `not readable as CSV: ${err.message}`,
      fix: "check the quoting of that line",
    });
  }
  const problems: Problem[] = [];
  if (records.length === 0)
    throw new InputError({ file, message: "the file is empty", fix: `write a header line: ${COLUMNS.join(",")}` });
  const header = records[0].map((h) => h.trim());
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError({
      file,
      line: 1,
      message: `missing column(s) ${missing.join(", ")}`,
      fix: `the header must be: ${COLUMNS.join(",")}`,
    });
  }
  const col = (name: string) => header.indexOf(name);
  const rows: CountryGroupRow[] = [];
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    const cell = (name: string) => (rec[col(name)] ?? "").trim();
    const iso3 = cell("iso3");
    const group = cell("group");
    if (!/^[A-Z]{3}$/.test(iso3)) {
      problems.push({
        file,
        line,
        column: "iso3",
        message: `"${iso3}" is not an ISO 3166-1 alpha-3 code`,
        fix: "write three capital letters, e.g. SRB",
      });
    }
    if (!(GROUP_KEYS as readonly string[]).includes(group)) {
      problems.push({
        file,
        line,
        column: "group",
        message: `unknown group "${group}"`,
        fix: `use one of ${GROUP_KEYS.join(", ")}`,
      });
    }
    const from = parseYear(cell("from"), file, line, "from", problems);
    const to = parseYear(cell("to"), file, line, "to", problems);
    if (from !== null && to !== null && from > to) {
      problems.push({
        file,
        line,
        column: "to",
        message: `the range ${from}-${to} is empty`,
        fix: "make `to` the same as or later than `from`",
      });
    }
    rows.push({ iso3, group: group as GroupKey, from, to, name: cell("name"), note: cell("note"), line });
  });
  // A code may have several rows (e.g. two spells) but the spells must not overlap.
  const byCode = new Map<string, CountryGroupRow[]>();
  for (const r of rows) byCode.set(r.iso3, [...(byCode.get(r.iso3) ?? []), r]);
  for (const [code, list] of byCode) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a];
        const y = list[b];
        const overlap = (x.from ?? -Infinity) <= (y.to ?? Infinity) && (y.from ?? -Infinity) <= (x.to ?? Infinity);
        if (overlap) {
          problems.push({
            file,
            line: y.line,
            column: "from",
            message: `${code} is already grouped for these years on line ${x.line}`,
            fix: "give each code one group per year: narrow the from/to ranges",
          });
        }
      }
    }
  }
  if (problems.length > 0) throw new ValidationError(`${file}`, problems);
  return rows.sort((a, b) => byCodeUnit(a.iso3, b.iso3) || (a.from ?? 0) - (b.from ?? 0));
}

let cached: { file: string; rows: CountryGroupRow[] } | null = null;

/**
 * Loads `data/country-groups.csv` (or `file`), cached after the first read.
 *
 * @example loadCountryGroups().find((r) => r.iso3 === "HRV")?.from // → 2013
 */
export function loadCountryGroups(given: string = countryGroupsPath()): CountryGroupRow[] {
  const file = fromProjectRoot(given); // a relative path from the project root, as in a notebook
  if (cached && cached.file === file) return cached.rows;
  if (!fs.existsSync(file))
    throw new InputError({
      file,
      message: "the country-groups table is missing",
      fix: "restore data/country-groups.csv from git",
    });
  const rows = parseCountryGroups(fs.readFileSync(file, "utf8"), file);
  cached = { file, rows };
  return rows;
}

/**
 * The group a country speaks for in a year: "eu" only from the year of accession (and, for the UK, until 2019),
 * "china" only for the People's Republic (from 1971), "other" when no row matches.
 *
 * @example
 * groupOf("HRV", 2012) // → "other"
 * groupOf("HRV", 2013) // → "eu"
 * groupOf("YUG", 1999) // → "serbia"
 */
export function groupOf(iso3: string, year: number, table: CountryGroupRow[] = loadCountryGroups()): GroupKey {
  const code = iso3.trim().toUpperCase();
  for (const r of table) {
    if (r.iso3 !== code) continue;
    if (r.from !== null && year < r.from) continue;
    if (r.to !== null && year > r.to) continue;
    return r.group;
  }
  return "other";
}

/**
 * A key function for breakdowns: maps a row with `country` and `year` to its group.
 *
 * @example rows.map(groupKeyOf()) // → ["china", "eu", "other", ...]
 */
export function groupKeyOf(
  table: CountryGroupRow[] = loadCountryGroups(),
): (row: { country: string; year: number }) => GroupKey {
  return (row) => groupOf(row.country, row.year, table);
}

/**
 * Two-way split used for the stance chart: China against every other actor.
 *
 * @example chinaVsOthers({ country: "CHN", year: 2010 }) // → "China"
 */
export function chinaVsOthers(
  row: { country: string; year: number },
  table: CountryGroupRow[] = loadCountryGroups(),
): "China" | "Other actors" {
  return groupOf(row.country, row.year, table) === "china" ? "China" : "Other actors";
}

/**
 * The ISO3 codes that count as EU members in a year, sorted.
 *
 * @example euMembers(2004).length // → 25
 */
export function euMembers(year: number, table: CountryGroupRow[] = loadCountryGroups()): string[] {
  return table
    .filter((r) => r.group === "eu" && groupOf(r.iso3, year, table) === "eu")
    .map((r) => r.iso3)
    .filter((c, i, a) => a.indexOf(c) === i)
    .sort(byCodeUnit);
}

/**
 * A function giving a unit's speaker group by its short name ("EU members"), for grouping units
 * in tables and charts.
 *
 * @example groupLabeller()({ country: "HRV", year: 2014 }) // "EU members"
 */
export function groupLabeller(
  table: CountryGroupRow[] = loadCountryGroups(),
): (row: { country: string; year: number }) => string {
  return (row) => GROUP_SHORT_LABELS[groupOf(row.country, row.year, table)];
}
