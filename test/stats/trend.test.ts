import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { cochranArmitage } from "../../lib/stats";
import { near } from "./near";

describe("stats: Cochran–Armitage trend test", () => {
  it("reproduces R's prop.trend.test example: X-squared = 8.2249, p = 0.004132", () => {
    // R documentation example (stats::prop.trend.test, smokers among patients); output as posted on r-help
    // by Rui Barradas, 8 Sep 2023: "X-squared = 8.2249, df = 1, p-value = 0.004132".
    const r = cochranArmitage([83, 90, 129, 70], [86, 93, 136, 82]);
    near(r.chiSquare, 8.2249, 5e-5, "X²");
    near(r.p, 0.004132, 5e-7, "p");
    assert.ok((r.z ?? 0) < 0, "the share of smokers falls across the groups");
  });

  it("reproduces StatXact's asymptotic trend p for the malformation data with scores 0, 0.5, 1.5, 4, 8: 0.0078", () => {
    // Cytel, StatXact Example 6 (Graubard & Korn data): asymptotic two-sided p .0078 (one-sided .0039).
    const r = cochranArmitage([48, 38, 5, 1, 1], [17114, 14502, 793, 127, 38], [0, 0.5, 1.5, 4, 8]);
    near(r.p, 0.0078, 5e-5, "p");
    near((r.p ?? 0) / 2, 0.0039, 5e-5, "one-sided");
  });

  it("is undefined when every unit has the same outcome", () => {
    assert.equal(cochranArmitage([0, 0, 0], [2, 3, 4]).z, null);
  });

  it("rejects arrays of different lengths and more successes than units with an ArgumentError", () => {
    assert.throws(() => cochranArmitage([1, 2], [3]), ArgumentError);
    assert.throws(() => cochranArmitage([4, 1], [3, 3]), /group 1/);
  });
});
