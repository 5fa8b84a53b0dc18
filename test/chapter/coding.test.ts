/**
 * Chapter 04's views on invented coding folders (WORKBOOK_CODING): an empty folder gives empty tables
 * and a note; a round of sentence-level coding shows its tuning half, and its held-out half only once
 * opened on the record.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  followUpView,
  goldView,
  halfReliability,
  paradoxView,
  reliabilityReport,
  reliabilityView,
  roundView,
} from "../../lib/chapter";
import { ArgumentError } from "../../lib/core";
import { openHoldout } from "../../lib/validation";

/** Runs `fn` with WORKBOOK_CODING set to `dir`. */
function inFolder<T>(dir: string, fn: () => T): T {
  const saved = process.env.WORKBOOK_CODING;
  process.env.WORKBOOK_CODING = dir;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.WORKBOOK_CODING;
    else process.env.WORKBOOK_CODING = saved;
  }
}

const THEMES = ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato", "eu_antagonism"];
const ALL = [
  ...THEMES,
  "eu_facilitation",
  "minorities",
  "organ_trafficking",
  "unique_case",
  "precedent",
  "independence",
];

/** An invented sentence-level sheet: two units of two sentences, coder `coder`, `ones` the cells marked 1. */
function sheet(coder: string, ones: string[]): string {
  const head = `id,sentence,coder,codebook,year,country,speaker,text,${ALL.join(",")},note`;
  const rows = ["u1#1", "u1#2", "u2#1", "u2#2"].map((k) => {
    const [id, n] = k.split("#");
    const codes = ALL.map((t) => (ones.includes(`${k}:${t}`) ? "1" : "0"));
    return `${id},${n},${coder},,2001,SRB,,Invented sentence.,${codes.join(",")},`;
  });
  return [head, ...rows].join("\n") + "\n";
}

describe("chapter 04: the views of the coding folders", function () {
  this.timeout(60000);
  it("an empty folder: no sheets, empty tables, a note that says how to make them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "empty-coding-"));
    const view = inFolder(dir, () => reliabilityView("ungdc-kosovo"));
    assert.deepEqual([view.sheets.length, view.summary], [0, ""]);
    assert.match(view.empty, /No double coding yet for corpus "ungdc-kosovo": 0 coder sheet\(s\)/);
    const gv = goldView(view);
    assert.deepEqual([gv.onGold.length, gv.runs.length, gv.errors.length], [0, 0, 0]);
    assert.match(gv.empty, /no gold standard yet/);
    assert.match(inFolder(dir, () => roundView("ungdc-kosovo-1989-2007")).empty, /no sample\.csv/);
  });
  it("a round: the tuning half; the held-out half only once opened", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "round-view-"));
    fs.writeFileSync(path.join(dir, "sample.csv"), "id,stratum,half,sentences\nu1,s,tune,2\nu2,s,holdout,2\n");
    const gold = ["id,sentence,theme,value,source,reason"];
    for (const k of ["u1,1", "u1,2", "u2,1", "u2,2"]) gold.push(`${k},dialogue,0,agreed,`);
    fs.writeFileSync(path.join(dir, "gold.csv"), `${gold.join("\n")}\n`);
    // A and B differ on u1 s2 dialogue only
    fs.writeFileSync(path.join(dir, "coder-a.csv"), sheet("A", ["u1#1:dialogue", "u1#2:dialogue", "u2#1:dialogue"]));
    fs.writeFileSync(path.join(dir, "coder-b.csv"), sheet("B", ["u1#1:dialogue", "u2#1:dialogue"]));
    const rv = inFolder(dir, () => roundView("ungdc-kosovo-1989-2007"));
    assert.deepEqual(rv.halves, ["tune"]);
    assert.match(rv.holdout, /has not been opened/);
    assert.equal(rv.texts["u1#2"], "Invented sentence.");
    const tune = halfReliability(rv.round!, "tune", THEMES);
    const dialogue = tune.sentences.find((r) => r.theme === "dialogue")!;
    // u1: A 1 1, B 1 0 → agreement 1/2 on the two sentences of the tuning half
    assert.deepEqual([tune.units, dialogue.units, dialogue.agreement], [1, 2, 0.5]);
    assert.deepEqual(tune.counts.find((r) => r.theme === "dialogue")!.totals, [2, 1]);
    assert.throws(() => halfReliability(rv.round!, "holdout", THEMES), ArgumentError);
    openHoldout(dir, "a test", new Date("2026-12-03T00:00:00Z"));
    const opened = inFolder(dir, () => roundView("ungdc-kosovo-1989-2007"));
    assert.deepEqual(opened.halves, ["tune", "holdout", "all"]);
    assert.match(opened.holdout, /first opened for the dictionary coder at 2026-12-03T00:00:00Z/);
    assert.equal(halfReliability(opened.round!, "all", THEMES).units, 2);
  });
  it("sections 2, 3 and the follow-up rule without sheets: empty tables, a note, no chart", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "empty-views-"));
    const view = inFolder(dir, () => reliabilityView("ungdc-kosovo"));
    const report = reliabilityReport(view);
    assert.deepEqual([report.rows.length, report.report.length, report.summary], [0, 0, ""]);
    assert.match(report.empty, /two or more coder sheets/);
    const paradox = paradoxView(view, report.rows);
    assert.deepEqual([paradox.table.length, paradox.chart, paradox.line], [0, null, ""]);
    const rv = inFolder(dir, () => roundView("ungdc-kosovo-1989-2007"));
    const follow = followUpView(rv, undefined);
    assert.equal(follow.carried.length, 0);
    assert.match(follow.title, /marked 0 of 0$/);
  });
  it("sections 2 and 3 on the committed sheets: the pooled row is 20 units × 12 themes, the 2×2 adds up", () => {
    const view = reliabilityView("ungdc-kosovo");
    const report = reliabilityReport(view);
    assert.equal(report.rows.length, view.themes.length + 1); // every theme, then the pooled row
    // the 20 units both coders coded (data/coding/ungdc-kosovo: A 99 units, B 20), 12 themes
    assert.match(report.summary, /^Pooled over \*\*240 decisions\*\* \(20 units × 12 themes\)/);
    const paradox = paradoxView(view, report.rows);
    assert.ok(paradox.chart, "a chart of agreement against κ");
    if (paradox.table.length) {
      const cells = paradox.table.flatMap((r) => [Number(r.present), Number(r.absent)]);
      assert.equal(
        cells.reduce((a, b) => a + b, 0),
        20,
      );
    } else assert.match(paradox.line, /does not bite/);
  });
});
