import { strict as assert } from "assert";
import { compileCodebook, explainText } from "../../lib/coding";
import { codeUnits } from "../../lib/coding";
import { InputError } from "../../lib/core";
import { loadMiniCodebook, loadToySentences, loadTwoCoders, loadTwoPeriods, teachingPath } from "../../lib/chapter";
import { periodTests, prevalenceByPeriod } from "../../lib/timeline";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

describe("chapter: the toys of data/teaching/", () => {
  it("the mini codebook: three themes in the project's format", () => {
    const cb = loadMiniCodebook();
    assert.deepEqual(
      cb.themes.map((t) => t.key),
      ["sovereignty", "dialogue", "un_1244"],
    );
  });

  it("the six invented sentences, and what the dictionary does with them (the answer of chapter 02's toy)", () => {
    const sentences = loadToySentences();
    assert.deepEqual(
      sentences.map((s) => [s.id, s.rules]),
      [
        ["s1", ["sovereignty"]],
        ["s2", ["dialogue"]],
        ["s3", []],
        ["s4", []],
        ["s5", ["sovereignty"]],
        ["s6", ["un_1244"]],
      ],
    );
    const compiled = compileCodebook(loadMiniCodebook(), { mode: "unit" });
    const coded = codeUnits(
      compiled,
      sentences.map((s) => ({ id: s.id, body: s.text }) as never),
    );
    const found = coded.map((c) => Object.keys(c.codes).filter((k) => c.codes[k].present === 1));
    // s3: "stalled" cancels the dialogue pattern (unless); s4: "negotiat*" fires on a reported meeting (a false
    // alarm by the rules); s5: "Sovereignty" and "Serbia" are 13 words apart, more than within: 6 (a miss);
    // s6: the veto "Kosovo's sovereignty" cancels sovereignty for the sentence.
    assert.deepEqual(found, [["sovereignty"], ["dialogue"], [], ["dialogue"], [], ["un_1244"]]);
    const s5 = explainText(compiled, sentences[4].text);
    assert.equal(s5[0].why, "not counted: both words, 13 apart, more than within: 6");
    const s6 = explainText(compiled, sentences[5].text).find((c) => c.key === "sovereignty");
    assert.match(s6?.why ?? "", /^vetoed: the sovereignty veto "Kosovo's sovereignty\|sovereignty of Kosovo"/);
  });

  it("Krippendorff's (2011) example A: ten units, two coders", () => {
    const t = loadTwoCoders();
    assert.deepEqual(t.a, [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]);
    assert.deepEqual(t.b, [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]);
    assert.equal(t.units.length, 10);
  });

  it("the two-period toy as coded rows: 1 of 6 units in 2008–2011, 5 of 6 in 2021–2024", () => {
    const { rows, periods, theme } = loadTwoPeriods();
    assert.deepEqual(
      prevalenceByPeriod(rows, periods, [theme]).map((c) => [c.key, c.present, c.units]),
      [
        ["2008–2011", 1, 6],
        ["2021–2024", 5, 6],
      ],
    );
    assert.deepEqual(periodTests(rows, periods, [theme])[0].table, [
      [5, 1],
      [1, 5],
    ]);
  });

  it("says which line of a toy is wrong", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toys-"));
    const coders = path.join(dir, "two-coders.csv");
    fs.writeFileSync(coders, "unit,coder_a,coder_b\n1,0,1\n2,yes,1\n");
    assert.throws(
      () => loadTwoCoders(coders),
      (e: Error) => e instanceof InputError && e.line === 3 && /coder_a.*"yes" is not 0 or 1/.test(e.message),
    );
    const periods = path.join(dir, "two-periods.csv");
    fs.writeFileSync(periods, "unit,year,period,present\ne1,2015,2008–2011,0\n");
    assert.throws(
      () => loadTwoPeriods(periods),
      (e: Error) =>
        e instanceof InputError && e.line === 2 && /year 2015 and period 2008–2011 do not fit/.test(e.message),
    );
    const sentences = path.join(dir, "toy.yaml");
    fs.writeFileSync(sentences, "sentences:\n  - id: s1\n    text: An invented sentence.\n");
    assert.throws(() => loadToySentences(sentences), /sentence 1 needs id, text, rules/);
    assert.ok(path.isAbsolute(teachingPath("two-coders.csv")));
  });
});
