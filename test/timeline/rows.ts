import type { CodedRow, Period } from "../../lib/core";

/** An invented coded row with the given themes present (1 mention each). */
export function row(id: string, year: number, country: string, present: string[]): CodedRow {
  const codes: CodedRow["codes"] = {};
  for (const t of ["sovereignty", "dialogue", "unilateral", "us_nato", "independence"])
    codes[t] = present.includes(t) ? { present: 1, mentions: 1 } : { present: 0, mentions: 0 };
  return { id, date: null, year, category: "gd", country, speaker: "", codes, vocabulary: {} };
}

export const periods: Period[] = [
  { label: "2008–2011", from: 2008, to: 2011 },
  { label: "2012–2020", from: 2012, to: 2020 },
  { label: "2021–2024", from: 2021, to: 2024 },
];

// Invented: "unilateral" in 0 of 3 early units, 1 of 2 middle units, 2 of 2 late units; one unit from 2005.
export const rows: CodedRow[] = [
  row("e1", 2008, "CHN", ["sovereignty", "dialogue"]),
  row("e2", 2009, "CHN", ["dialogue"]),
  row("e3", 2009, "USA", ["independence"]),
  row("m1", 2015, "CHN", ["sovereignty", "unilateral"]),
  row("m2", 2016, "RUS", ["dialogue"]),
  row("l1", 2022, "CHN", ["sovereignty", "unilateral", "us_nato"]),
  row("l2", 2023, "SRB", ["sovereignty", "unilateral"]),
  row("x", 2005, "CHN", ["sovereignty"]),
];
