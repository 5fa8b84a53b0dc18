import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  codebookChanges,
  codebookProblems,
  codedLine,
  loadMiniCodebook,
  loadToySentences,
  nearGap,
  showExplanation,
  toyCodes,
  toyRows,
} from "../../lib/chapter";
import { loadCodebook, parseCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook } from "../../lib/coding";
import { markedPlain, type MarkedText } from "../../lib/tables";
import { insideTslab } from "../display/tslab";

const mini = compileCodebook(loadMiniCodebook(), { mode: "unit" });
const project = compileCodebook(loadCodebook(), { mode: "unit" });

describe("chapter 02's steps: the toy, a typed sentence, the exercises' checks", () => {
  it("the toy: what the dictionary codes in each sentence", () => {
    assert.deepEqual(toyCodes(mini, loadToySentences()), {
      s1: ["sovereignty"],
      s2: ["dialogue"],
      s3: [],
      s4: ["dialogue"],
      s5: [],
      s6: ["un_1244"],
    });
  });

  it("the toy explained: one row per spot, the words marked, and why it counted or not", () => {
    const rows = toyRows(mini, loadToySentences());
    const s3 = rows.find((r) => r.id === "s3");
    assert.equal(s3?.counted, "no");
    assert.match(String(s3?.["patterns, and why"]), /vetoed: its unless pattern "stalled\|collapsed"/);
    const s5 = rows.find((r) => r.id === "s5");
    assert.equal(
      markedPlain(s5?.sentence as MarkedText),
      "«Sovereignty is a principle that we, like every member of this Organization, apply to Serbia».",
    );
    assert.match(String(s5?.["patterns, and why"]), /both words, 13 apart, more than within: 6$/);
  });

  // Issue 20: the editable cell printed a bare "Coded: " ("Coded: " + … || "no theme": + binds first).
  it("the coded line says 'no theme' when no theme is found", () => {
    assert.equal(
      codedLine(codeUnit(project, { id: "t", body: "The weather was fine." }), project.themeKeys),
      "Coded: no theme",
    );
    assert.equal(
      codedLine(codeUnit(project, { id: "t", body: "Kosovo is an integral part of Serbia." }), project.themeKeys),
      "Coded: **sovereignty** (1)",
    );
  });

  describe("in a notebook", () => {
    const tslab = insideTslab();
    it("showExplanation shows the spots, then the coded line — 'no theme' included", () => {
      showExplanation(project, "The weather was fine.");
      const sent = tslab.sent().map((s) => String(s.msg.data["text/plain"]));
      assert.deepEqual(sent, ["Note: No pattern of the codebook found its words in that text.", "Coded: no theme"]);
    });
  });

  it("how far apart the words of a near pattern are: 10, 0 when it fires, null when one is missing", () => {
    const far =
      "We respect the territorial integrity, which all members of this Assembly have long supported, of Serbia.";
    assert.equal(nearGap(project, far, "sovereignty"), 10);
    assert.equal(nearGap(project, "We respect the territorial integrity of Serbia.", "sovereignty"), 0);
    assert.equal(nearGap(project, "We respect the territorial integrity of all.", "sovereignty"), null);
  });

  it("a copy of the codebook: the patterns it adds, and the examples it now codes wrongly", () => {
    const text = fs.readFileSync(loadCodebook().file, "utf8");
    const changed = text.replace(
      "      - near: [legitimate concern*|legitimate interest*, Serbia|Serbian|Belgrade]",
      "      - legitimate right*\n      - near: [legitimate concern*|legitimate interest*, Serbia|Serbian|Belgrade]",
    );
    assert.notEqual(changed, text);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "copy-")), "codebook-mine.yaml");
    fs.writeFileSync(file, changed);
    const { added, wrong } = codebookChanges(loadCodebook(file));
    assert.deepEqual(added, [{ theme: "sovereignty", kind: "phrase", pattern: "legitimate right*", unless: "" }]);
    assert.deepEqual(wrong, []);
  });

  it("a codebook broken on purpose: each problem with its line", () => {
    const text = fs.readFileSync(loadCodebook().file, "utf8");
    const broken = text.replace("within: 6", "within: many");
    const line = broken.split("\n").findIndex((l) => l.includes("within: many")) + 1;
    const problems = codebookProblems(broken);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, line);
    assert.match(problems[0].problem, /within/);
    assert.deepEqual(codebookProblems(text), []);
    assert.ok(parseCodebook(text, "x"));
  });
});
