import { strict as assert } from "assert";
import { ValidationError } from "../lib/core";
import {
  beforeAfterRuns,
  codebookBeforeTuning,
  kappaBeforeAfter,
  compareRuns,
  compareToGold,
  errorsToRead,
  presenceFromCoded,
  referenceCodes,
  validationCsv,
  validationRecords,
  type PresenceRow,
} from "../lib/validation";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Sheet } from "../lib/sheets";
import type { CodedUnit } from "../lib/core";

/** Rows for one theme from a string of 0/1 codes for units u1, u2, … */
function rows(theme: string, codes: string): PresenceRow[] {
  return [...codes].map((c, i) => ({ id: `u${i + 1}`, theme, value: c === "1" ? 1 : 0 }));
}

describe("validation: the coder against the gold standard", () => {
  // gold:  1 1 1 1 0 0 0 0 0 0
  // coder: 1 1 1 0 1 0 0 0 0 0  → tp 3, fn 1 (u4), fp 1 (u5), tn 5
  const gold = [...rows("dialogue", "1111000000"), ...rows("us_nato", "0000000000")];
  const coder = [
    ...rows("dialogue", "1110100000"),
    ...rows("us_nato", "0000000000"),
    ...rows("dialogue", "11111111111").slice(10),
  ];
  const result = compareToGold(gold, coder, ["dialogue", "us_nato"]);
  it("counts, precision 3/4, recall 3/4, F1 3/4, and names the miss and the false alarm", () => {
    const d = result[0];
    assert.deepEqual([d.tp, d.fp, d.fn, d.tn, d.units], [3, 1, 1, 5, 10]);
    assert.equal(d.precision, 0.75);
    assert.equal(d.recall, 0.75);
    assert.equal(d.f1, 0.75);
    assert.deepEqual(d.misses, ["u4"]);
    assert.deepEqual(d.falseAlarms, ["u5"]);
    // pa 0.8; pe = 0.4·0.4 + 0.6·0.6 = 0.52; kappa = 0.28 / 0.48
    assert.ok(Math.abs((d.kappa as number) - 0.28 / 0.48) < 1e-12);
  });
  it("a theme nobody marks: precision, recall, F1 and kappa say why they are empty", () => {
    const n = result[1];
    assert.equal(n.agreement, 1);
    for (const c of [n.precision, n.recall, n.f1, n.kappa]) assert.equal(typeof c === "number", false);
  });
  it("pools every theme into overall", () => {
    const o = result[2];
    assert.equal(o.theme, "overall");
    assert.deepEqual([o.tp, o.fp, o.fn, o.tn], [3, 1, 1, 15]);
    assert.deepEqual(o.misses, ["u4:dialogue"]);
  });
  it("writes a CSV with NA for undefined cells", () => {
    const csv = validationCsv(result).split("\n");
    assert.equal(csv[0], "theme,units,tp,fp,fn,tn,precision,recall,f1,kappa,misses,false_alarms");
    assert.equal(csv[1], "dialogue,10,3,1,1,5,0.750,0.750,0.750,0.583,u4,u5");
    assert.equal(csv[2], "us_nato,10,0,0,0,10,NA,NA,NA,NA,,");
  });
  it("a gold unit the coder did not code is an error listing each", () => {
    try {
      compareToGold(rows("dialogue", "11"), rows("dialogue", "1"), undefined, {
        gold: "gold.csv",
        coder: "coding.csv",
      });
      assert.fail("no error");
    } catch (e) {
      assert.ok(e instanceof ValidationError);
      assert.equal(e.problems.length, 1);
      assert.match(e.message, /coding\.csv: no code for u2 × dialogue/);
    }
  });
  it("reads presence from coded units", () => {
    const cu: CodedUnit = {
      unitId: "x",
      codes: { dialogue: { present: 1, mentions: 2 } },
      vocabulary: {},
      evidence: [],
    };
    assert.deepEqual(presenceFromCoded([cu]), [{ id: "x", theme: "dialogue", value: 1 }]);
  });
  it("lists misses with the unit text and false alarms with the coder's evidence", () => {
    const coded: CodedUnit[] = [
      {
        unitId: "u5",
        codes: { dialogue: { present: 1, mentions: 1 } },
        vocabulary: {},
        evidence: [
          {
            unitId: "u5",
            theme: "dialogue",
            sentence: 0,
            text: "An invented sentence about talks.",
            match: "talks",
            start: 28,
            end: 33,
            pattern: "talks",
          },
        ],
      },
    ];
    const units = [
      { id: "u4", body: "An invented   text\nthat the coder missed." },
      { id: "u5", body: "x" },
    ];
    assert.deepEqual(errorsToRead(result, coded, units), [
      { id: "u4", theme: "dialogue", kind: "miss", text: "An invented text that the coder missed.", patterns: "" },
      {
        id: "u5",
        theme: "dialogue",
        kind: "false alarm",
        text: "An invented sentence about talks.",
        patterns: "talks",
      },
    ]);
  });
  it("formats records for display", () => {
    assert.deepEqual(validationRecords(result)[0], {
      theme: "dialogue",
      units: 10,
      tp: 3,
      fp: 1,
      fn: 1,
      tn: 5,
      precision: "0.750",
      recall: "0.750",
      f1: "0.750",
      kappa: "0.583",
    });
  });
  it("builds a reference: gold where it exists, one coder elsewhere (blanks left out)", () => {
    const sheet: Sheet = {
      file: "a.csv",
      coder: "A",
      themes: ["dialogue"],
      ids: ["u1", "u2", "u3"],
      codes: { u1: { dialogue: 0 }, u2: { dialogue: 1 }, u3: { dialogue: null } },
      info: {},
    };
    const ref = referenceCodes([{ id: "u1", theme: "dialogue", value: 1 }], sheet);
    assert.deepEqual(ref.rows, [
      { id: "u1", theme: "dialogue", value: 1 },
      { id: "u2", theme: "dialogue", value: 1 },
    ]);
    assert.deepEqual([ref.goldUnits, ref.singleUnits, ref.coder], [1, 2, "A"]);
  });
  it("uses a saved codebook-before-tuning.yaml when the coding folder has one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "base-"));
    fs.writeFileSync(path.join(dir, "codebook-before-tuning.yaml"), "version: 1\n");
    assert.equal(codebookBeforeTuning(dir)?.file, path.join(dir, "codebook-before-tuning.yaml"));
    assert.equal(codebookBeforeTuning(fs.mkdtempSync(path.join(os.tmpdir(), "none-"))), null);
  });
  it("sets two runs side by side", () => {
    const better = compareToGold(
      gold,
      [...rows("dialogue", "1111000000"), ...rows("us_nato", "0000000000")],
      ["dialogue", "us_nato"],
    );
    const t = compareRuns(result, better);
    assert.equal(t[0]["f1 before"], "0.750");
    assert.equal(t[0]["f1 after"], "1.000");
    assert.equal(t[1]["kappa after"], "NA");
  });
});

describe("validation: before and after tuning", () => {
  const ref = (rows: Array<[string, string, 0 | 1]>) => rows.map(([id, theme, value]) => ({ id, theme, value }));
  // four units: u1, u2 single-coded (tuning), g1, g2 gold (held-out)
  const tuning = ref([
    ["u1", "t", 1],
    ["u2", "t", 0],
  ]);
  const heldOut = ref([
    ["g1", "t", 1],
    ["g2", "t", 0],
  ]);
  const sets = { tuning, heldOut, all: [...tuning, ...heldOut] };
  const before = ref([
    ["u1", "t", 0],
    ["u2", "t", 0],
    ["g1", "t", 0],
    ["g2", "t", 0],
  ]); // finds nothing
  const after = ref([
    ["u1", "t", 1],
    ["u2", "t", 0],
    ["g1", "t", 0],
    ["g2", "t", 0],
  ]); // fixed on the tuning set only

  it("scores each set with each codebook, in order", () => {
    const runs = beforeAfterRuns(sets, before, after, ["t"]);
    assert.deepEqual(
      runs.map((r) => `${r.set}/${r.codebook}`),
      ["tuning/before", "tuning/after", "held-out/before", "held-out/after", "all/before", "all/after"],
    );
    assert.deepEqual(
      runs.map((r) => [r.rows[0].tp, r.rows[0].fn]),
      [
        [0, 1],
        [1, 0],
        [0, 1],
        [0, 1],
        [0, 2],
        [1, 1],
      ],
    );
  });

  it("tabulates kappa per theme: perfect on the tuning set after, no better on the held-out units", () => {
    const [row] = kappaBeforeAfter(beforeAfterRuns(sets, before, after, ["t"]));
    assert.equal(row.theme, "t");
    assert.equal(row["tuning after"], "1.000");
    // all/after: 3 of 4 agree; p_o = 0.75, coder marks 1 of 4, reference 2 of 4: p_e = 0.25·0.5 + 0.75·0.5 = 0.5 → κ = 0.5
    assert.equal(row["all after"], "0.500");
    assert.equal(row["held-out after"], row["held-out before"]);
  });
});
