import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { coreThemes, loadCodebook, parseCodebook, rankedThemes, stanceWeights } from "../../lib/codebook";
import { InputError, ValidationError } from "../../lib/core";

const MINIMAL = fs.readFileSync(path.join(__dirname, "..", "fixtures", "codebook", "minimal.yaml"), "utf8");
/** The minimal fixture with a study section appended. */
const withStudy = (study: string) => parseCodebook(MINIMAL + study, "study.yaml");
/** The problems of a codebook text that must fail, as "line: message". */
function problems(text: string): string[] {
  try {
    parseCodebook(text, "study.yaml");
  } catch (e) {
    assert.ok(e instanceof ValidationError);
    return e.problems.map((p) => `${p.line}: ${p.message}`);
  }
  assert.fail("parsed without an error");
}
const lines = MINIMAL.split("\n").length;

describe("codebook: the project's study settings", () => {
  const cb = loadCodebook();
  it("the core themes are the themes of level core: the paper's five and the EU", () => {
    assert.deepEqual(coreThemes(cb), [
      "sovereignty",
      "dialogue",
      "unilateral",
      "un_authority",
      "us_nato",
      "eu_antagonism",
    ]);
  });

  it("the paper ranks the core themes but the EU", () => {
    assert.deepEqual(rankedThemes(cb), ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato"]);
  });

  it("stance = (sovereignty + unilateral + us_nato − 3·independence) / 3", () => {
    assert.deepEqual(stanceWeights(cb), { sovereignty: 1, unilateral: 1, us_nato: 1, independence: -3 });
  });
});

describe("codebook: study settings of another codebook", () => {
  it("without a study section the ranked themes are the core themes, and stance weights are an error", () => {
    const cb = parseCodebook(MINIMAL, "minimal.yaml");
    assert.deepEqual(coreThemes(cb), ["sovereignty", "dialogue"]);
    assert.deepEqual(rankedThemes(cb), ["sovereignty", "dialogue"]);
    assert.throws(
      () => stanceWeights(cb),
      (e: unknown) => e instanceof InputError && e.file === "minimal.yaml" && /study: stance/.test(e.message),
    );
  });

  it("reads ranked themes and stance weights", () => {
    const cb = withStudy(
      "study:\n  ranked_themes: [dialogue]\n  stance:\n    pro_serbia: [sovereignty]\n    pro_kosovo: [heritage]\n" +
        "    kosovo_weight: 2\n",
    );
    assert.deepEqual(rankedThemes(cb), ["dialogue"]);
    assert.deepEqual(stanceWeights(cb), { sovereignty: 1, heritage: -2 });
  });

  it("names the line of an unknown theme, a theme listed twice, a bad weight and an unknown key", () => {
    const got = problems(
      MINIMAL +
        "study:\n" + // lines + 0
        "  ranked_themes:\n" +
        "    - dialogue\n" +
        "    - dialog\n" + // lines + 3
        "    - dialogue\n" + // lines + 4
        "  stance:\n" +
        "    pro_serbia: [sovereignty]\n" +
        "    pro_kosovo: [heritage]\n" +
        "    kosovo_weight: -1\n" + // lines + 8
        "    colour: red\n", // lines + 10
    );
    assert.deepEqual(got, [
      `${lines + 3}: ranked_themes: "dialog" is not a theme key of this codebook`,
      `${lines + 4}: ranked_themes: "dialogue" is listed twice`,
      `${lines + 8}: kosovo_weight must be a positive number`,
      `${lines + 9}: unknown key "colour" in study stance`,
    ]);
  });
});
