import { strict as assert } from "assert";
import { compareToGold, referenceSets, validationCsv, validationRunsCsv } from "../../lib/validation";
import type { Sheet } from "../../lib/sheets";
import { unitSheet } from "./example";
import { result, rows } from "./example";

describe("validation: CSV files", () => {
  it("writes a CSV with NA for undefined cells", () => {
    const csv = validationCsv(result).split("\n");
    assert.equal(csv[0], "theme,units,tp,fp,fn,tn,precision,recall,f1,kappa,misses,false_alarms");
    assert.equal(csv[1], "dialogue,10,3,1,1,5,0.750,0.750,0.750,0.583,u4,u5");
    assert.equal(csv[2], "us_nato,10,0,0,0,10,NA,NA,NA,NA,,");
  });
});

describe("validation: the long CSV of several runs", () => {
  // Coder A coded u1..u4; the gold standard covers u1 and u2 (where it overrides coder A's u1).
  const sheet: Sheet = unitSheet({
    file: "a.csv",
    coder: "A",
    themes: ["dialogue"],
    ids: ["u1", "u2", "u3", "u4"],
    codes: { u1: { dialogue: 0 }, u2: { dialogue: 0 }, u3: { dialogue: 1 }, u4: { dialogue: 0 } },
    info: {},
  });
  const gold = rows("dialogue", "10");
  const sets = referenceSets(gold, sheet);
  it("writes one long CSV: set and codebook before the validation columns, rows in the order given", () => {
    const coderBefore = rows("dialogue", "0010"); // misses u1 (held out)
    const coderAfter = rows("dialogue", "1011"); // finds u1, false alarm on u4 (tuning)
    const csv = validationRunsCsv([
      { set: "tuning", codebook: "before", rows: compareToGold(sets.tuning, coderBefore, ["dialogue"]) },
      { set: "tuning", codebook: "after", rows: compareToGold(sets.tuning, coderAfter, ["dialogue"]) },
      { set: "held-out", codebook: "before", rows: compareToGold(sets.heldOut, coderBefore, ["dialogue"]) },
    ]);
    assert.equal(
      csv,
      [
        "set,codebook,theme,units,tp,fp,fn,tn,precision,recall,f1,kappa,misses,false_alarms",
        "tuning,before,dialogue,2,1,0,0,1,1.000,1.000,1.000,1.000,,",
        "tuning,before,overall,2,1,0,0,1,1.000,1.000,1.000,1.000,,",
        "tuning,after,dialogue,2,1,1,0,0,0.500,1.000,0.667,0.000,,u4",
        "tuning,after,overall,2,1,1,0,0,0.500,1.000,0.667,0.000,,u4:dialogue",
        // u1 missed: tp 0, fn 1; nobody-marks precision is NA; kappa 0 (pe = 0.5)
        "held-out,before,dialogue,2,0,0,1,1,NA,0.000,0.000,0.000,u1,",
        "held-out,before,overall,2,0,0,1,1,NA,0.000,0.000,0.000,u1:dialogue,",
        "",
      ].join("\n"),
    );
  });
});
