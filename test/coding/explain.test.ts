import { strict as assert } from "assert";
import * as path from "path";
import { loadCodebook, parseCodebook } from "../../lib/codebook";
import { compileCodebook, explainText } from "../../lib/coding";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
const unitMode = compileCodebook(loadCodebook(path.join(FIX, "minimal.yaml")), { mode: "unit" });

describe("coding: explaining a typed text", () => {
  it("lists each pattern whose words were found, and which were vetoed and why", () => {
    const checks = explainText(
      unitMode,
      "Kosovo's sovereignty, says Belgrade, is void. Talks stalled. We want dialogue.",
    );
    assert.deepEqual(
      checks.map((c) => [c.sentence, c.key, c.match, c.counted, c.why]),
      [
        [
          0,
          "sovereignty",
          "sovereignty, says Belgrade",
          false,
          'vetoed: the sovereignty veto "near [Kosovo\'s, sovereignty] within 1 ordered" is in the sentence',
        ],
        [2, "dialogue", "dialogue", true, "phrase found"],
      ],
    );
  });

  // Issue 20: when both words of a near pattern were there but too far apart, chapter 02 said that no pattern
  // found its words — the wrong lesson for the `within:` exercise.
  it("a near pattern whose words are both there but too far apart: listed, not counted, with the distance", () => {
    const checks = explainText(unitMode, "Sovereignty matters to all of us here, and so does Serbia.");
    assert.deepEqual(
      checks.map((c) => [c.key, c.match, c.counted, c.why]),
      [
        [
          "sovereignty",
          "Sovereignty matters to all of us here, and so does Serbia",
          false,
          "not counted: both words, 9 apart, more than within: 4",
        ],
      ],
    );
    assert.equal(checks[0].gap, 9);
  });

  it("a near pattern that fires on a close pair is not reported as too far; words in the wrong order say so", () => {
    const far = explainText(unitMode, "Serbia, we all agree in this hall today, has sovereignty and Serbia is near.");
    assert.equal(far.length, 1);
    assert.equal(far[0].why, "near: both sides within 4 words"); // "sovereignty and Serbia": it fires
    const yaml = [
      "version: 1",
      "about_kosovo:",
      "  rule: invented",
      "  anchors: [Kosovo]",
      "  window: 1",
      "themes:",
      "  - key: order",
      "    label: Invented",
      "    level: core",
      "    scope: any",
      "    definition: invented",
      "    patterns:",
      "      - near: [first, second]",
      "        within: 3",
      "        ordered: true",
    ].join("\n");
    const ordered = compileCodebook(parseCodebook(yaml, "invented.yaml"), { mode: "unit" });
    const checks = explainText(ordered, "The second word comes before the first word.");
    assert.deepEqual(
      checks.map((c) => [c.match, c.counted, c.why]),
      [
        [
          "second word comes before the first",
          false,
          "not counted: both words, but in the other order (ordered: true)",
        ],
      ],
    );
  });
});
