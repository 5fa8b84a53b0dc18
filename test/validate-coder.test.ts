import { strict as assert } from "assert";
import { loadCodebook } from "../lib/codebook";
import { codeUnit, compileCodebook } from "../lib/coding";
import type { Sheet } from "../lib/sheets";
import { compareToGold, referenceSets, validationRunsCsv, type PresenceRow } from "../lib/validation";

/** Rows for one theme from a string of 0/1 codes for units u1, u2, … */
function rows(theme: string, codes: string): PresenceRow[] {
  return [...codes].map((c, i) => ({ id: `u${i + 1}`, theme, value: c === "1" ? 1 : 0 }));
}

describe("validate-coder: tuning set, held-out set, before and after", () => {
  // Coder A coded u1..u4; the gold standard covers u1 and u2 (where it overrides coder A's u1).
  const sheet: Sheet = {
    file: "a.csv",
    coder: "A",
    themes: ["dialogue"],
    ids: ["u1", "u2", "u3", "u4"],
    codes: { u1: { dialogue: 0 }, u2: { dialogue: 0 }, u3: { dialogue: 1 }, u4: { dialogue: 0 } },
    info: {},
  };
  const gold = rows("dialogue", "10");
  const sets = referenceSets(gold, sheet);
  it("the tuning set is the single-coded units, the held-out set the gold units, all is both", () => {
    assert.deepEqual(
      sets.tuning.map((r) => `${r.id}=${r.value}`),
      ["u3=1", "u4=0"],
    );
    assert.deepEqual(
      sets.heldOut.map((r) => `${r.id}=${r.value}`),
      ["u1=1", "u2=0"],
    );
    assert.deepEqual(sets.all.map((r) => `${r.id}=${r.value}`).sort(), ["u1=1", "u2=0", "u3=1", "u4=0"]);
  });
  it("the gold standard, not coder A, is the reference on a double-coded unit", () => {
    assert.equal(sets.all.find((r) => r.id === "u1")?.value, 1);
  });
  it("writes one long CSV: set and codebook before the validation columns, rows in the order given", () => {
    const coderBefore = rows("dialogue", "0010"); // misses u1 (held out)
    const coderAfter = rows("dialogue", "1011"); // finds u1, false alarm on u4 (tuning)
    const csv = validationRunsCsv([
      { set: "tuning", codebook: "before", rows: compareToGold(sets.tuning, coderBefore, ["dialogue"]) },
      { set: "tuning", codebook: "after", rows: compareToGold(sets.tuning, coderAfter, ["dialogue"]) },
      { set: "held-out", codebook: "before", rows: compareToGold(sets.heldOut, coderBefore, ["dialogue"]) },
    ]);
    assert.equal(
      csv,
      [
        "set,codebook,theme,units,tp,fp,fn,tn,precision,recall,f1,kappa,misses,false_alarms",
        "tuning,before,dialogue,2,1,0,0,1,1.000,1.000,1.000,1.000,,",
        "tuning,before,overall,2,1,0,0,1,1.000,1.000,1.000,1.000,,",
        "tuning,after,dialogue,2,1,1,0,0,0.500,1.000,0.667,0.000,,u4",
        "tuning,after,overall,2,1,1,0,0,0.500,1.000,0.667,0.000,,u4:dialogue",
        // u1 missed: tp 0, fn 1; nobody-marks precision is NA; kappa 0 (pe = 0.5)
        "held-out,before,dialogue,2,0,0,1,1,NA,0.000,0.000,0.000,u1,",
        "held-out,before,overall,2,0,0,1,1,NA,0.000,0.000,0.000,u1:dialogue,",
        "",
      ].join("\n"),
    );
  });
});

/**
 * The tuned codebook (data/codebook.yaml) on invented sentences, in the sentence mode of the
 * General Debate card: one case per change logged in data/coding/ungdc-kosovo/TUNING.md, so that
 * undoing a change fails here.
 */
describe("validate-coder: the tuned codebook's changes (invented sentences, sentence mode)", () => {
  const compiled = compileCodebook(loadCodebook(), { mode: "sentence" });
  const present = (text: string) =>
    Object.entries(codeUnit(compiled, { id: "x", body: text }).codes)
      .filter(([, c]) => c.present)
      .map(([k]) => k)
      .sort();
  it("1. a hyphenated compound naming Pristina is an anchor", () => {
    assert.deepEqual(present("Our farmers had a good year. We welcome progress in the Belgrade-Pristina dialogue."), [
      "dialogue",
    ]);
  });
  it("2. a neighbouring sentence about another regional dispute is not about Kosovo", () => {
    assert.deepEqual(present("Kosovo deserves attention. Our talks with Skopje should continue in good faith."), []);
  });
  // [change, invented text, theme, expected presence]: each row codes differently without its change
  // (or guards the change against a false alarm it could bring).
  const cases: Array<[string, string, string, 0 | 1]> = [
    ["3", "Kosovo needs calm. Dialogue between the two sides is key.", "dialogue", 1],
    ["3", "On Kosovo, every agreement must be implemented in full.", "dialogue", 1],
    ["3", "Kosovo remains tense. We call on Belgrade and Pristina to return to dialogue.", "dialogue", 1],
    ["3", "On Kosovo, a round of technical talks took place in the spring.", "dialogue", 0],
    ["4", "Kosovo and Metohija is part of our territory.", "sovereignty", 1],
    ["4", "On Kosovo, we will always defend our territorial integrity.", "sovereignty", 1],
    ["5", "The ban on payments in the local currency, the dinar, hurts people in Kosovo.", "unilateral", 1],
    ["5", "Heavily armed special units were sent into the north of Kosovo.", "unilateral", 1],
    ["5", "The declaration of independence of Kosovo was a violation of international law.", "unilateral", 1],
    [
      "5",
      "The Court found that the declaration of independence of Kosovo did not violate international law.",
      "unilateral",
      0,
    ],
    ["6", "Our troops serve in Kosovo under the United Nations mandate.", "un_authority", 0],
    ["6", "On Kosovo, resolution 1244 stands, whatever General Assembly resolution 64/298 says.", "un_authority", 1],
    ["7", "Kosovo served as the pretext for the aggression against Yugoslavia.", "us_nato", 1],
    ["7", "Kosovo: the great Powers were to blame for the bombing.", "us_nato", 1],
    ["8", "On Kosovo, the EU is stubbornly seeking to undo the settlement.", "eu_antagonism", 1],
    ["8", "Pristina undermines the Kosovo dialogue that the EU facilitates.", "eu_antagonism", 0],
    ["9", "We support the European Union-facilitated dialogue on Kosovo.", "eu_facilitation", 1],
    ["9", "The European Union Rule of Law Mission works in Kosovo.", "eu_facilitation", 1],
    ["10", "We call on the States that have not yet recognized Kosovo to do so.", "independence", 1],
    ["10", "The so-called Republic of Kosovo is not a State.", "independence", 0],
    ["10", "Some countries have unfortunately recognized Kosovo as an independent State.", "independence", 0],
    ["11", "Kosovo has unique works of art.", "unique_case", 0],
    ["11", "We heard the argument that Kosovo is a unique case.", "unique_case", 0],
    ["11", "Kosovo is a unique case.", "unique_case", 1],
    ["12", "The secession of Kosovo threatens the stability of the entire region.", "precedent", 1],
    ["13", "In Kosovo the Association of Serb majority municipalities must be formed.", "minorities", 1],
    ["13", "Attacks against Serbs in Kosovo have risen.", "minorities", 1],
  ];
  for (const [n, text, theme, want] of cases) {
    it(`${n}. ${theme} ${want ? "present" : "absent"}: ${text}`, () => {
      assert.equal(codeUnit(compiled, { id: "x", body: text }).codes[theme].present, want);
    });
  }
});
