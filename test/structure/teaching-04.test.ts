/**
 * Chapter 04 as taught (issue 20): learning goals, the two-coder toy before the real sheets with a prediction and
 * its check, check cells after the "Try it", a solutions notebook ending in `expectChecks`; and the two sentences
 * that disagreed with the code and the chart — AC1's chance from "the number of categories" (the code uses the
 * categories' prevalence: lib/reliability/ac1.ts) and "far below the diagonal" (the agreement-κ chart draws none).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

interface Cell {
  cell_type: string;
  id: string;
  source: string | string[];
}

function cells(rel: string): Cell[] {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, rel), "utf8")) as { cells: Cell[] }).cells;
}
const text = (c: Cell) => (Array.isArray(c.source) ? c.source.join("") : c.source);

describe("structure: chapter 04 as taught", () => {
  const nb = cells("notebooks/04-reliability.ipynb");
  const at = (id: string) => nb.findIndex((c) => c.id === id);

  it("states 2–4 learning goals in its first cell", () => {
    const first = text(nb[0]);
    const goals = first.split("**In this chapter you will**")[1] ?? "";
    const n = goals.split("\n").filter((l) => /^\d+\. /.test(l)).length;
    assert.ok(n >= 2 && n <= 4, `${n} learning goals`);
  });

  it("AC1 takes chance from prevalence; only Brennan–Prediger from the number of categories; no diagonal", () => {
    const first = text(nb[0]);
    const ac1 = first.split("\n").find((l) => l.includes("*Gwet's AC1*")) ?? "";
    assert.match(ac1, /prevalence/);
    assert.doesNotMatch(ac1, /number of categories/);
    assert.match(first, /\*Brennan–Prediger\* — from the number of categories/);
    for (const c of nb) assert.doesNotMatch(text(c), /diagonal/, `cell ${c.id}`);
  });

  it("the toy comes before the real sheets: loaded, predicted, worked by hand, checked", () => {
    const load = nb.findIndex((c) => text(c).includes("loadTwoCoders()"));
    const predict = nb.findIndex((c) => c.cell_type === "code" && /const myKappa: number \| null = null/.test(text(c)));
    const check = nb.findIndex((c) => text(c).includes("agreementByHand(") && text(c).includes("showChecks("));
    assert.ok(load >= 0 && load < predict && predict < check && check < at("54c2196c"), `${load} ${predict} ${check}`);
  });

  it("the Try it is followed by check cells, and every answer is in the solutions notebook", () => {
    const tryIt = at("bd01ee3e");
    const checks = nb.slice(tryIt + 1).filter((c) => c.cell_type === "code" && text(c).includes("showChecks("));
    assert.ok(checks.length >= 2, `${checks.length} check cells after the Try it`);
    const sol = cells("notebooks/solutions/04-reliability.ipynb").filter((c) => c.cell_type === "code");
    assert.ok(sol.filter((c) => text(c).includes("expectChecks(")).length >= 3);
  });
});
