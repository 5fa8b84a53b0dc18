import { strict as assert } from "assert";
import { parseCodebook } from "../../lib/codebook";
import { ValidationError } from "../../lib/core";
import { followUpCodebook } from "./follow-up-fixture";

const RULE = [
  "follow_up:",
  "  rule: A sentence with a back-reference continues the theme of the sentence before it.",
  "  distance: 1",
  "  back_references:",
  "    - this|such acts",
];

/** The problems of a codebook text that must fail, as "line: message". */
function problems(text: string): string[] {
  try {
    parseCodebook(text, "inline.yaml");
  } catch (e) {
    assert.ok(e instanceof ValidationError);
    return e.problems.map((p) => `${p.line}: ${p.message}`);
  }
  return assert.fail("the codebook loaded");
}

describe("codebook: the follow_up rule", () => {
  it("is off (null) when the codebook has no follow_up section", () => {
    assert.equal(parseCodebook(followUpCodebook([]), "inline.yaml").followUp, null);
  });
  it("reads the rule, the distance, the back-references, and every theme by default", () => {
    const fu = parseCodebook(followUpCodebook(RULE), "inline.yaml").followUp!;
    assert.equal(fu.distance, 1);
    assert.deepEqual(fu.themes, ["unilateral", "dialogue"]);
    assert.deepEqual(
      fu.backReferences.map((p) => p.source),
      ["this|such acts"],
    );
    assert.equal(fu.line, 23); // the section's first line (follow_up: is line 22)
  });
  it("reads a list of themes", () => {
    const fu = parseCodebook(followUpCodebook([...RULE, "  themes: [dialogue]"]), "inline.yaml").followUp!;
    assert.deepEqual(fu.themes, ["dialogue"]);
  });
  it("names the line of a bad distance, an unknown theme and an unknown key", () => {
    const bad = [...RULE.slice(0, 2), "  distance: 7", ...RULE.slice(3), "  themes: [dialog]", "  window: 2"];
    assert.deepEqual(problems(followUpCodebook(bad)), [
      "24: follow_up distance must be a whole number from 1 to 3",
      '27: follow_up themes: "dialog" is not a theme key',
      '28: unknown key "window" in follow_up',
    ]);
  });
});
