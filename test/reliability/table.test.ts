import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { congerKappa, fleissKappa, reliabilityTable, sharedUnitIds } from "../../lib/reliability";
import { ANA, BEN, near } from "./fixtures";

describe("reliability: the table per theme", () => {
  const a = ANA;
  const b = BEN;
  const rows = reliabilityTable([a, b], ["dialogue", "unilateral"]);
  it("one row per theme plus overall, with units coded by both", () => {
    // overall: 5 + 4 decisions from 5 units, of which 4 are coded on both themes (u5's unilateral is blank)
    assert.deepEqual(
      rows.map((r) => [r.theme, r.units, r.decisions, r.completeUnits]),
      [
        ["dialogue", 5, 5, 5],
        ["unilateral", 4, 4, 4],
        ["overall", 5, 9, 4],
      ],
    );
  });
  it("values a reader can check: dialogue 4/5 agree, unilateral 4/4", () => {
    assert.equal(rows[0].agreement, 0.8);
    assert.equal(rows[1].agreement, 1);
    assert.equal(rows[2].agreement, 8 / 9);
    // dialogue: a = 1 1 0 0 1, b = 1 0 0 0 1 → pa 0.8, pe = 0.6·0.4 + 0.4·0.6 = 0.48, kappa = 0.32/0.52
    near(rows[0].cohenKappa, 0.32 / 0.52, 12);
  });
  it("refuses one coder", () => {
    assert.throws(() => reliabilityTable([a], ["dialogue"]), /two or more coders/);
    assert.throws(() => reliabilityTable([a], ["dialogue"]), ArgumentError);
  });
  it("three coders use Conger's and Fleiss' kappa", () => {
    const three = reliabilityTable([a, b, b], ["dialogue"]);
    const data = [
      [1, 1, 0, 0, 1],
      [1, 0, 0, 0, 1],
      [1, 0, 0, 0, 1],
    ];
    assert.equal(three[0].cohenKappa, congerKappa(data));
    assert.equal(three[0].scottPi, fleissKappa(data));
  });
  it("the units every coder has, in code-unit order", () => {
    assert.deepEqual(sharedUnitIds([b, a]), ["u1", "u2", "u3", "u4", "u5"]);
    assert.deepEqual(
      sharedUnitIds([
        { b: {}, B: {}, a: {} },
        { a: {}, b: {}, B: {} },
      ]),
      ["B", "a", "b"],
    );
  });
});
