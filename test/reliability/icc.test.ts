import { strict as assert } from "assert";
import { intraclassCorrelations, isDefined } from "../../lib/reliability";
import { near } from "./fixtures";

// Shrout and Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability",
// Psychological Bulletin 86(2), Table 2: six targets rated by four judges.
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe("reliability: intraclass correlations against Shrout and Fleiss (1979)", () => {
  const icc = intraclassCorrelations(SHROUT_FLEISS);
  it("the mean squares of their Table 3: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02", () => {
    const ms = icc.meanSquares!;
    near(ms.bms, 11.24, 2);
    near(ms.wms, 6.26, 2);
    near(ms.jms, 32.49, 2);
    near(ms.ems, 1.02, 2);
  });
  it("the six forms of their Table 4: .17, .29, .71 (one judge), .44, .62, .91 (mean of four)", () => {
    near(icc.icc11, 0.17, 2);
    near(icc.icc21, 0.29, 2);
    near(icc.icc31, 0.71, 2);
    near(icc.icc1k, 0.44, 2);
    near(icc.icc2k, 0.62, 2);
    near(icc.icc3k, 0.91, 2);
  });
  it("by hand, ICC(3,1) = (BMS − EMS) / (BMS + 3·EMS) from the exact mean squares", () => {
    // BMS = 67.45/6 = 11.2417, EMS = 15.2917/15 = 1.01944 → 10.2222 / 14.3000 = 0.71484
    near(icc.icc31, 10.2222 / 14.3, 4);
  });
  it("leaves out a target with a missing rating, and says why with fewer than two targets", () => {
    const some = intraclassCorrelations([...SHROUT_FLEISS, [1, null, 2, 3]]);
    assert.equal(some.targets, 6);
    assert.equal(some.icc21, icc.icc21);
    const one = intraclassCorrelations([[1, 2]]);
    assert.ok(!isDefined(one.icc21));
    assert.match(one.icc21 instanceof Object ? one.icc21.reason : "", /two or more targets/);
  });
  it("identical ratings: 1; ratings that never vary: not defined", () => {
    const same = intraclassCorrelations([
      [1, 1],
      [3, 3],
      [0, 0],
    ]);
    assert.equal(same.icc21, 1);
    const flat = intraclassCorrelations([
      [2, 2],
      [2, 2],
    ]);
    assert.ok(!isDefined(flat.icc21));
  });
});
