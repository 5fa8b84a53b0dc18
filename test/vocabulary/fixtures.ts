import type { Unit } from "../../lib/core";
import { countTermLists } from "../../lib/vocabulary/term-counts";
import type { WordToken } from "../../lib/vocabulary/terms";

// A stand-in for lib/units.ts `tokenize`: words (with an apostrophe part), norm = lower case
// without diacritics. The tests only rely on the shape { text, norm, start, end }.
export function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const t = m[0];
    out.push({
      text: t,
      norm: t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(),
      start: m.index!,
      end: m.index! + t.length,
    });
  }
  return out;
}

// Invented passages (our own writing, not any real statement).
export function unit(id: string, year: number, country: string, body: string, date: string | null = null): Unit {
  return {
    id,
    textId: id,
    date,
    year,
    category: "General Debate",
    speaker: "",
    post: "",
    country,
    countryName: country,
    venue: "",
    source: "",
    spans: [[0, body.length]],
    body,
    words: tokenize(body).length,
  };
}

export const U = [
  unit(
    "AAA_1",
    2009,
    "AAA",
    "We urge both sides to resume negotiations. The Pristina authorities acted alone.",
    "2009-09-24",
  ),
  unit("BBB_1", 2009, "BBB", "Normalization of relations is our hope. The advisory opinion was clear.", "2009-09-25"),
  unit(
    "BBB_2",
    2022,
    "BBB",
    "We welcome normalisation and the negotiated agreement. The Kosovo authorities must talk.",
    "2022-09-21",
  ),
  unit(
    "CCC_1",
    2022,
    "CCC",
    "Unilateral steps by the Pristina authorities are unacceptable. Negotiation is the only way.",
    "2022-09-23",
  ),
];
const GROUP: Record<string, string> = { AAA: "Alpha", BBB: "Beta", CCC: "Gamma" };
export const groupOf = (u: Unit) => GROUP[u.country];

/** Four term lists, and their hits in the four passages. */
export const lists = {
  normalization: ["normali*"],
  icj: ["ICJ", "International Court of Justice", "advisory opinion"],
  pristina_authorities: ["Pristina authorities"],
  kosovo_authorities: ["Kosovo authorities"],
};
export const counts = countTermLists(U, lists, tokenize, groupOf);
