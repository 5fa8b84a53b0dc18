import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { selectThemes } from "../../lib/sheets";

describe("sheets: the themes a command compares", () => {
  const codebook = ["sovereignty", "dialogue", "us_nato"];
  it("every codebook theme by default, or the selection in its order", () => {
    assert.deepEqual(selectThemes(codebook), codebook);
    assert.deepEqual(selectThemes(codebook, ["us_nato", "dialogue"]), ["us_nato", "dialogue"]);
  });
  it("refuses a theme named twice (it would count twice in the pooled row) and one the codebook lacks", () => {
    assert.throws(
      () => selectThemes(codebook, ["dialogue", "dialogue"]),
      (e: unknown) => {
        assert.ok(e instanceof ArgumentError);
        assert.match(e.message, /"dialogue" is named twice: it would be counted twice in the pooled row/);
        return true;
      },
    );
    assert.throws(() => selectThemes(codebook, ["notes"]), /themes of the codebook \(sovereignty, dialogue, us_nato\)/);
  });
});
