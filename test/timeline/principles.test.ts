import { strict as assert } from "assert";
import * as path from "path";
import { codeUnit, compileCodebook } from "../../lib/coding";
import { projectRoot } from "../../lib/core";
import { PRINCIPLE_THEMES, principlesCodebook, principlesPath } from "../../lib/timeline/principles";

describe("timeline: China's General Debate principles", () => {
  it("has a valid principles codebook with the five General Debate themes, all scope any", () => {
    const cb = principlesCodebook();
    assert.deepEqual(
      cb.themes.map((t) => t.key),
      PRINCIPLE_THEMES,
    );
    assert.ok(cb.themes.every((t) => t.scope === "any"));
    // Invented text: one sentence on hegemony, one on dialogue, one neutral.
    const coded = codeUnit(compileCodebook(cb, { mode: "sentence" }), {
      id: "u1",
      body:
        "No country should seek hegemony or practise power politics. " +
        "Disputes should be settled through dialogue and consultation. The weather was fine.",
    });
    assert.deepEqual(
      PRINCIPLE_THEMES.map((t) => [t, coded.codes[t].present, coded.codes[t].mentions]),
      [
        ["p_sovereignty", 0, 0],
        ["p_un", 0, 0],
        ["p_dialogue", 1, 1],
        ["p_unilateralism", 0, 0],
        ["p_hegemony", 1, 1],
      ],
    );
  });

  it("reads data/principles.yaml, whose folded lines give whole patterns", () => {
    assert.equal(path.relative(projectRoot(), principlesPath()), path.join("data", "principles.yaml"));
    const sovereignty = principlesCodebook().themes[0];
    assert.match(sovereignty.patterns[0].source, /\|territorial integrity\|internal affairs\|non-interference\|/);
  });
});
