import { strict as assert } from "assert";
import { loadCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook } from "../../lib/coding";

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
