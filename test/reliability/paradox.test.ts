import { strict as assert } from "assert";
import { cohenKappa, crossTable, gwetAC1, isDefined, percentAgreement, prevalenceParadox } from "../../lib/reliability";
import { near, paradoxData } from "./fixtures";

describe("reliability: the prevalence paradox (invented data)", () => {
  // 20 units; both coders say 1 on 18; each says 0 once, on different units.
  const { a, b, rows } = paradoxData();
  it("agreement is 0.90 while kappa is slightly negative", () => {
    assert.equal(percentAgreement(a, b), 0.9);
    // pe = 0.95² + 0.05² = 0.905; kappa = (0.90 - 0.905) / 0.095
    near(cohenKappa(a, b), (0.9 - 0.905) / 0.095, 12);
  });
  it("AC1 stays high: pe = 2·0.95·0.05 = 0.095, AC1 = 0.805 / 0.905", () => {
    near(gwetAC1([a, b], [0, 1]), 0.805 / 0.905, 12);
  });
  it("crosses two coders' codes", () => {
    assert.deepEqual(crossTable(a, b), { both: 18, onlyFirst: 1, onlySecond: 1, neither: 0 });
  });
  it("finds the theme with high agreement and low kappa (not the one whose kappa is undefined)", () => {
    assert.deepEqual(
      prevalenceParadox(rows).map((r) => r.theme),
      ["common"],
    );
    assert.equal(rows[2].agreement, 1);
    assert.equal(isDefined(rows[2].cohenKappa), false);
  });
});
