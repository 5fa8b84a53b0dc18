import { strict as assert } from "assert";
import { textTable } from "../../lib/cli";

describe("cli: a fixed-width text table", () => {
  it("left-aligns the first column, right-aligns the others, under a title", () => {
    const t = textTable(
      [
        { theme: "dialogue", kappa: "0.812" },
        { theme: "us_nato", kappa: "NA" },
      ],
      "tune",
    );
    assert.equal(t, "tune\ntheme     kappa\ndialogue  0.812\nus_nato      NA");
  });
  it("no records: the title alone", () => assert.equal(textTable([], "empty"), "empty\n"));
});
