import { strict as assert } from "assert";
import {
  brennanPrediger,
  chanceCorrected,
  coefficientValue,
  cohenKappa,
  congerKappa,
  fleissKappa,
  formatCoefficient,
  gwetAC1,
  isDefined,
  krippendorffAlpha,
  percentAgreement,
  scottPi,
} from "../../lib/reliability";

describe("reliability: degenerate cases say why instead of NaN", () => {
  it("a theme constant across units", () => {
    const a = [1, 1, 1, 1];
    for (const c of [
      cohenKappa(a, a),
      scottPi(a, a),
      krippendorffAlpha([a, a]),
      fleissKappa([a, a]),
      congerKappa([a, a]),
    ]) {
      assert.equal(isDefined(c), false);
      assert.match((c as { reason: string }).reason, /same value/);
    }
    assert.equal(percentAgreement(a, a), 1);
    // With the two possible categories named, AC1 and Brennan–Prediger are defined (and 1).
    assert.equal(gwetAC1([a, a], [0, 1]), 1);
    assert.equal(brennanPrediger([a, a], [0, 1]), 1);
    assert.equal(isDefined(gwetAC1([a, a])), false);
  });
  it("one unit", () => {
    const c = krippendorffAlpha([[1], [0]]);
    assert.deepEqual(c, { value: null, reason: "only one unit was coded by two or more coders" });
    assert.equal(isDefined(cohenKappa([1], [0])), false);
  });
  it("all missing", () => {
    assert.equal(isDefined(percentAgreement([null, null], [null, 1])), false);
    assert.match(
      (
        krippendorffAlpha([
          [null, null],
          [null, 1],
        ]) as { reason: string }
      ).reason,
      /no unit/,
    );
  });
  it("formats with fixed decimals, NA, and no negative zero", () => {
    assert.equal(formatCoefficient(0.74342), "0.743");
    assert.equal(formatCoefficient(-0.0001), "0.000");
    assert.equal(formatCoefficient(1, 2), "1.00");
    assert.equal(formatCoefficient({ value: null, reason: "x" }), "NA");
  });
});

describe("reliability: the coefficient type", () => {
  it("chance correction: (0.75 - 0.5) / (1 - 0.5) = 0.5; not defined when chance agreement is 1", () => {
    assert.equal(chanceCorrected(0.75, 0.5, "k"), 0.5);
    const c = chanceCorrected(1, 1, "Cohen's kappa");
    assert.equal(isDefined(c), false);
    assert.match((c as { reason: string }).reason, /^Cohen's kappa: expected chance agreement is 1/);
  });
  it("the value, or null", () => {
    assert.equal(coefficientValue(0.25), 0.25);
    assert.equal(coefficientValue({ value: null, reason: "one unit" }), null);
  });
});
