import { strict as assert } from "assert";
import { parseCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook, type ScopeMode } from "../../lib/coding";
import { followUpCodebook } from "../codebook/follow-up-fixture";

const RULE = (distance = 1, extra: string[] = []) => [
  "follow_up:",
  "  rule: A sentence with a back-reference continues the theme of the sentence before it.",
  `  distance: ${distance}`,
  "  back_references:",
  "    - this|such acts",
  ...extra,
];
const compiled = (followUp: string[], mode: ScopeMode = "unit") =>
  compileCodebook(parseCodebook(followUpCodebook(followUp), "inline.yaml"), { mode });
const code = (c: ReturnType<typeof compiled>, body: string) => codeUnit(c, { id: "u1", body });

// Invented sentences: s0 names a unilateral act, s1 refers back to it.
const TWO = "Kosovo took a unilateral act. We are concerned about this.";

describe("coding: follow-up sentences", () => {
  it("is off without a follow_up section: the back-reference counts nothing", () => {
    assert.deepEqual(code(compiled([]), TWO).codes.unilateral, { present: 1, mentions: 1 });
  });
  it("carries the theme into the next sentence, with evidence 'carried from sentence 0'", () => {
    const c = code(compiled(RULE()), TWO);
    assert.deepEqual(c.codes.unilateral, { present: 1, mentions: 2 });
    const carried = c.evidence.filter((e) => e.sentence === 1);
    assert.deepEqual(
      carried.map((e) => [e.theme, e.match, e.pattern]),
      [["unilateral", "this", "follow-up: carried from sentence 0"]],
    );
    assert.equal(TWO.slice(carried[0].start, carried[0].end), "this");
    // dialogue was not in the sentence before: nothing to carry
    assert.deepEqual(c.codes.dialogue, { present: 0, mentions: 0 });
  });
  it("carries no further than the distance, and does not chain", () => {
    const three = "Kosovo took a unilateral act. Kosovo's leaders met. We are concerned about this.";
    assert.equal(code(compiled(RULE(1)), three).codes.unilateral.mentions, 1);
    assert.equal(code(compiled(RULE(2)), three).codes.unilateral.mentions, 2);
    // s1 is carried from s0; s2 would be carried from s1 only, which expressed the theme by carrying
    const chain = "Kosovo took a unilateral act. We regret this. Such acts in Kosovo must stop.";
    assert.equal(code(compiled(RULE(1)), chain).codes.unilateral.mentions, 2);
    assert.equal(code(compiled(RULE(2)), chain).codes.unilateral.mentions, 3);
  });
  it("only the themes the rule lists, and never where the theme's veto fires", () => {
    assert.equal(code(compiled(RULE(1, ["  themes: [dialogue]"])), TWO).codes.unilateral.mentions, 1);
    const veto = "Kosovo took a unilateral act. The ICJ looked at this.";
    assert.equal(code(compiled(RULE()), veto).codes.unilateral.mentions, 1);
  });
  it("in sentence mode only into a sentence about Kosovo", () => {
    const c = compiled(RULE(), "sentence");
    assert.equal(code(c, TWO).codes.unilateral.mentions, 2);
    // next to a Kosovo sentence, but about another topic (Cyprus): not about Kosovo, not carried
    assert.equal(code(c, "Kosovo took a unilateral act. Cyprus knows this.").codes.unilateral.mentions, 1);
  });
  it("a sentence with the theme's own words counts once, not carried as well", () => {
    const c = code(compiled(RULE()), "Kosovo took a unilateral act. This unilateral act is void.");
    assert.equal(c.codes.unilateral.mentions, 2);
    assert.ok(!c.evidence.some((e) => e.pattern.startsWith("follow-up")));
  });
});
