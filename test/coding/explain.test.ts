import { strict as assert } from "assert";
import * as path from "path";
import { loadCodebook } from "../../lib/codebook";
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
});
