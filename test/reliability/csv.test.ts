import { strict as assert } from "assert";
import { reliabilityCsv, reliabilityTable, undefinedCells } from "../../lib/reliability";
import { ANA, BEN } from "./fixtures";

describe("reliability: the CSV of the table", () => {
  const rows = reliabilityTable([ANA, BEN], ["dialogue", "unilateral"]);
  it("writes the CSV with the exact columns", () => {
    const csv = reliabilityCsv(rows);
    assert.equal(csv.split("\n")[0], "theme,units,decisions,agreement,cohen_kappa,scott_pi,kripp_alpha,gwet_ac1");
    // pooled: five 1s, five 0s → pi: pe 0.5, (0.8-0.5)/0.5 = 0.600; alpha: 1 - (2/10)/(2·5·5/(10·9)) = 0.640;
    // AC1: pi_1 = 0.5, pe = 0.5 → 0.600
    assert.equal(csv.split("\n")[1], "dialogue,5,5,0.800,0.615,0.600,0.640,0.600");
    assert.ok(!csv.includes("NaN"));
  });
  it("lists the cells that are not defined", () => {
    const flat = reliabilityTable(
      [
        { u1: { t: 1 }, u2: { t: 1 } },
        { u1: { t: 1 }, u2: { t: 1 } },
      ],
      ["t"],
    );
    assert.equal(reliabilityCsv(flat).split("\n")[1], "t,2,2,1.000,NA,NA,NA,1.000");
    assert.equal(undefinedCells(flat).length, 6);
    assert.match(undefinedCells(flat)[0], /^t cohen_kappa: Cohen's kappa: expected chance agreement is 1/);
  });
});
