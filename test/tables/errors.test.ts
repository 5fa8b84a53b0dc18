/** The misses and false alarms table on an invented unit: the sentence at issue, its hit marked, one row a spot. */
import { strict as assert } from "assert";
import * as path from "path";
import { loadCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook } from "../../lib/coding";
import type { Unit } from "../../lib/core";
import { errorRows, markedPlain } from "../../lib/tables";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
const compiled = compileCodebook(loadCodebook(path.join(FIX, "minimal.yaml")), { mode: "unit" });
// Invented text.
const body = "The talks went on for years.\nWe want dialogue on Kosovo.\nKosovo is a matter for the parties.";
const unit = { id: "u1", body } as Unit;

describe("tables: errorRows, misses and false alarms with the sentence at issue", () => {
  const coded = [codeUnit(compiled, unit)];

  it("a false alarm: the sentence the coder counted, its hit marked, and the pattern that fired", () => {
    const rows = errorRows([{ id: "u1", theme: "dialogue", kind: "false alarm" }], coded, [unit]);
    assert.deepEqual(
      rows.map((r) => [r.kind, r.theme, r.unit, markedPlain(r.sentence), r.patterns]),
      [["false alarm", "dialogue", "u1", "We want «dialogue» on Kosovo.", "negotiat*|dialogue"]],
    );
  });

  it("a miss: no pattern fired, so the passage's first Kosovo sentence, the term marked — not the unit's start", () => {
    const rows = errorRows([{ id: "u1", theme: "sovereignty", kind: "miss" }], coded, [unit]);
    assert.deepEqual(
      rows.map((r) => [r.kind, markedPlain(r.sentence), r.patterns]),
      [["miss", "We want dialogue on «Kosovo».", "none fired"]],
    );
  });

  it("a miss in a unit that names no Kosovo term: the unit's start, nothing marked", () => {
    const other = { id: "u2", body: "Invented words without the term." } as Unit;
    const rows = errorRows([{ id: "u2", theme: "eu", kind: "miss" }], [], [other]);
    assert.equal(markedPlain(rows[0].sentence), "Invented words without the term.");
  });
});
