/**
 * `npm run validate` on a round with halves, on an invented coding folder (WORKBOOK_CODING): two real
 * units of the ungdc-kosovo-1989-2007 card with invented gold codes (never the round's own gold), one
 * unit per half. The held-out half is refused by the library until it is opened, and opening it is
 * printed loudly and recorded once.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ArgumentError } from "../../lib/core";
import { HOLDOUT_RECORD, loadCodingRound, validateRoundHalf } from "../../lib/validation";
import { ROOT, runScript } from "../support/run";

/** An invented round: YUG_45_1990 as the tuning half, NOR_47_1992 as the held-out half, 3 sentences each. */
function inventedRound(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "round-"));
  fs.copyFileSync(path.join(ROOT, "data", "codebook.yaml"), path.join(dir, "codebook-before-tuning.yaml"));
  fs.writeFileSync(
    path.join(dir, "sample.csv"),
    "id,stratum,half,sentences\nYUG_45_1990,invented,tune,3\nNOR_47_1992,invented,holdout,3\n",
  );
  const rows = ["id,sentence,theme,value,source,reason"];
  for (const id of ["NOR_47_1992", "YUG_45_1990"])
    for (const n of [1, 2, 3]) rows.push(`${id},${n},sovereignty,${n === 2 ? 1 : 0},agreed,`);
  fs.writeFileSync(path.join(dir, "gold.csv"), `${rows.join("\n")}\n`);
  return dir;
}

describe("validation: npm run validate on a round with halves (invented gold)", function () {
  this.timeout(120000);
  const dir = inventedRound();
  const env = { WORKBOOK_CODING: dir };
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "round-out-")); // not the coding folder: a CSV there is a sheet
  const validate = (half: string) =>
    runScript(
      "validate-coder",
      ["--corpus", "ungdc-kosovo-1989-2007", "--half", half, "--out", path.join(outDir, `v-${half}.csv`)],
      { env },
    );

  it("the library refuses the held-out half until it has been opened on the record", () => {
    const saved = process.env.WORKBOOK_CODING;
    process.env.WORKBOOK_CODING = dir;
    try {
      const round = loadCodingRound("ungdc-kosovo-1989-2007");
      assert.deepEqual([round.sample.length, round.gold.length, round.opened], [2, 6, null]);
      assert.throws(() => validateRoundHalf(round, "holdout"), ArgumentError);
      assert.throws(
        () => validateRoundHalf(round, "all"),
        /the held-out half is opened once, for the final evaluation/,
      );
    } finally {
      if (saved === undefined) delete process.env.WORKBOOK_CODING;
      else process.env.WORKBOOK_CODING = saved;
    }
  });
  it("--half tune: the three tables with the goals beside, the CSV, and no record of the held-out half", () => {
    const r = validate("tune");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Presence per unit — ungdc-kosovo-1989-2007, tune half \(1 units, 3 sentences\)/);
    assert.match(r.stdout, /Sentence by sentence/);
    assert.match(r.stdout, /Mention counts/);
    assert.match(r.stdout, /sovereignty .* κ ≥ 0\.800/);
    assert.ok(!/HELD-OUT/.test(r.stdout));
    assert.ok(!fs.existsSync(path.join(dir, HOLDOUT_RECORD)));
    const csv = fs.readFileSync(path.join(outDir, "v-tune.csv"), "utf8").split("\n");
    assert.match(csv[1], /^tune,before,sovereignty,1,/);
  });
  it("--half holdout: opened loudly and on the record the first time, named as such afterwards", () => {
    const first = validate("holdout");
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /THE HELD-OUT HALF IS OPENED FOR THE FIRST TIME: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    const record = fs.readFileSync(path.join(dir, HOLDOUT_RECORD), "utf8");
    assert.match(record, /by: npm run validate -- --corpus ungdc-kosovo-1989-2007 --half holdout/);
    const again = validate("all");
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /held-out half: first opened at .* this run reads it again/);
    assert.equal(fs.readFileSync(path.join(dir, HOLDOUT_RECORD), "utf8"), record);
  });
});
