import { strict as assert } from "assert";
import { loadCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook } from "../../lib/coding";

/**
 * Round 2's tuning of data/codebook.yaml (changes R2-1 … R2-8, logged with their before → after figures in
 * data/coding/ungdc-kosovo-1989-2007/README.md) on invented sentences, in the sentence mode of the General
 * Debate cards: each row codes differently without its change, or guards the change against a false hit it
 * could bring (or one that was tried and left out).
 */
describe("validate-coder: round 2's changes to the codebook (invented sentences, sentence mode)", () => {
  const compiled = compileCodebook(loadCodebook(), { mode: "sentence" });
  const cases: Array<[string, string, string, 0 | 1]> = [
    ["R2-1", "Over Kosovo, the alliance used force without a mandate from the Council.", "us_nato", 1],
    ["R2-1", "The so-called humanitarian intervention in Kosovo solved nothing.", "us_nato", 1],
    ["R2-1", "On Kosovo, hegemonism is a danger to us all.", "us_nato", 0],
    ["R2-2", "On Kosovo, both sides pursue the road of dialogue.", "dialogue", 1],
    ["R2-2", "A settlement for Kosovo based on negotiations is our aim.", "dialogue", 1],
    ["R2-2", "We seek an acceptable solution for Kosovo.", "dialogue", 1],
    ["R2-3", "Kosovo should enjoy wide autonomy within Yugoslavia.", "sovereignty", 1],
    ["R2-3", "On Kosovo, we respect the territorial integrity of the States of the region.", "sovereignty", 1],
    ["R2-3", "Over Kosovo, military action was taken against a sovereign State.", "sovereignty", 1],
    ["R2-3", "Separatists in Kosovo stir up trouble.", "sovereignty", 0],
    ["R2-4", "Kosovo needs calm. East Timor needs a force under a United Nations mandate.", "un_authority", 0],
    ["R2-5", "Bypassing the Security Council on Kosovo was wrong.", "un_authority", 1],
    ["R2-5", "The United Nations made a great contribution to solving the Kosovo crisis.", "un_authority", 1],
    ["R2-6", "The conflict in Kosovo spilled over into its neighbours.", "precedent", 1],
    ["R2-6", "The fighting next door may spill over into Kosovo.", "precedent", 0],
    ["R2-6", "The crisis in Kosovo threatened the entire Balkan region.", "precedent", 1],
    ["R2-7", "Ethnic tolerance is needed in Kosovo.", "minorities", 1],
    ["R2-7", "The Albanian population of Kosovo needs protection.", "minorities", 1],
    ["R2-7", "Kosovo Albanians claim a right to self-determination.", "minorities", 0],
    ["R2-8", "The Europeanization of Kosovo is under way.", "eu_facilitation", 1],
    ["R2-8", "The European Community sent monitoring missions to Kosovo.", "eu_facilitation", 1],
  ];
  for (const [n, text, theme, want] of cases) {
    it(`${n}. ${theme} ${want ? "present" : "absent"}: ${text}`, () => {
      assert.equal(codeUnit(compiled, { id: "x", body: text }).codes[theme].present, want);
    });
  }
});
