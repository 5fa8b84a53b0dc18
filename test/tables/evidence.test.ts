import { strict as assert } from "assert";
import * as path from "path";
import { loadCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook, explainText } from "../../lib/coding";
import type { Evidence, Unit } from "../../lib/core";
import { evidenceRows, explainRows, markedPlain, singleSentenceRows } from "../../lib/tables";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
const compiled = compileCodebook(loadCodebook(path.join(FIX, "minimal.yaml")), { mode: "unit" });
// Invented text.
const body = "We want dialogue.\nWe respect the territorial integrity of Serbia and negotiation with Belgrade.";
const unit = { id: "u1", body } as Unit;

describe("tables: evidence, one row per spot", () => {
  it("one row per sentence and theme, every hit of the theme marked, each pattern once", () => {
    const coded = codeUnit(compiled, unit);
    const rows = evidenceRows(coded.evidence, { units: [unit] });
    assert.deepEqual(
      rows.map((r) => [r.unit, r.theme, markedPlain(r.sentence), r.patterns]),
      [
        ["u1", "dialogue", "We want «dialogue».", "negotiat*|dialogue"],
        [
          "u1",
          "sovereignty",
          "We respect the «territorial integrity of Serbia» and negotiation with Belgrade.",
          "near [sovereignty|territorial integrity, Serbia|Belgrade] within 4",
        ],
        [
          "u1",
          "dialogue",
          "We respect the territorial integrity of Serbia and «negotiation» with Belgrade.",
          "negotiat*|dialogue",
        ],
      ],
    );
  });

  it("two patterns on the same words are one row listing both", () => {
    const ev = (pattern: string): Evidence => ({
      unitId: "u1",
      theme: "t",
      sentence: 0,
      text: "We want dialogue.",
      match: "dialogue",
      start: 8,
      end: 16,
      pattern,
    });
    const rows = evidenceRows([ev("dialogue"), ev("dialog*")], {
      units: [{ id: "u1", body: "We want dialogue." } as Unit],
    });
    assert.equal(rows.length, 1);
    assert.equal(rows[0].patterns, "dialogue · dialog*");
    assert.equal(markedPlain(rows[0].sentence), "We want «dialogue».");
  });

  it("the cells that rest on one sentence: only themes mentioned once in a unit", () => {
    const coded = codeUnit(compiled, unit); // dialogue: 2 sentences; sovereignty: 1
    const rows = singleSentenceRows([coded], ["sovereignty", "dialogue"], { units: [unit] });
    assert.deepEqual(
      rows.map((r) => r.theme),
      ["sovereignty"],
    );
  });

  it("explainText as one row per spot, with the sentence and its words marked", () => {
    const rows = explainRows(explainText(compiled, "Sovereignty matters to all of us here, and so does Serbia."));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].counted, "no");
    assert.equal(markedPlain(rows[0].text as never), "«Sovereignty matters to all of us here, and so does Serbia».");
    assert.match(String(rows[0]["patterns, and why"]), /both words, 9 apart, more than within: 4$/);
  });
});
