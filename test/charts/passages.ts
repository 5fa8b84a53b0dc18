/** Invented units and codings for the unit-level charts' tests (our own words, in the real shapes). */
import type { CodedUnit, Unit } from "../../lib/core";

function unit(id: string, year: number, countryName: string, speaker: string): Unit {
  return {
    id,
    textId: id,
    date: null,
    year,
    category: "general-debate",
    speaker,
    post: "",
    country: id.slice(0, 3),
    countryName,
    venue: "an invented venue",
    source: "invented",
    spans: [[0, 10]],
    body: "invented",
    words: 2,
  };
}

export const UNITS: Unit[] = [
  unit("AAA_1_2009", 2009, "Aland", "Ann Ames"),
  unit("BBB_1_2009", 2009, "Borduria", ""),
  unit("CCC_2_2010", 2010, "Carpania", "Cy Cole"),
];

const code = (present: 0 | 1) => ({ present, mentions: present });

export const CODED: CodedUnit[] = [
  {
    unitId: "AAA_1_2009",
    codes: { dialogue: code(1), sovereignty: code(1) },
    vocabulary: {},
    evidence: [
      {
        unitId: "AAA_1_2009",
        theme: "sovereignty",
        sentence: 2,
        text: "We   respect the borders.",
        match: "borders",
        start: 40,
        end: 47,
        pattern: "border*",
      },
      {
        unitId: "AAA_1_2009",
        theme: "dialogue",
        sentence: 1,
        text: "Talks must go on.",
        match: "Talks",
        start: 20,
        end: 25,
        pattern: "talks",
      },
      {
        unitId: "AAA_1_2009",
        theme: "sovereignty",
        sentence: 1,
        text: "Talks respect borders.",
        match: "borders",
        start: 32,
        end: 39,
        pattern: "border*",
      },
    ],
  },
  { unitId: "BBB_1_2009", codes: { dialogue: code(0), sovereignty: code(0) }, vocabulary: {}, evidence: [] },
  {
    unitId: "CCC_2_2010",
    codes: { dialogue: code(1), sovereignty: code(0) },
    vocabulary: {},
    evidence: [
      {
        unitId: "CCC_2_2010",
        theme: "dialogue",
        sentence: 0,
        text: "Both sides should keep talking.",
        match: "talking",
        start: 23,
        end: 30,
        pattern: "talk*",
      },
    ],
  },
];
