import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { formatCell, tableData, tableHtml, tableText } from "../../lib/display";

describe("display: table data and cells", () => {
  it("formats numbers with fixed decimals, integers as they are, missing values as empty", () => {
    assert.equal(formatCell(0.66666), "0.667");
    assert.equal(formatCell(0.5, 2), "0.50");
    assert.equal(formatCell(66), "66");
    assert.equal(formatCell(null), "");
    assert.equal(formatCell(undefined), "");
    assert.equal(formatCell(NaN), "NaN");
    assert.equal(formatCell({ a: 1 }), '{"a":1}');
    assert.ok(
      tableHtml([{ share: 0.805 }], { decimals: 2 }).includes(
        '<td style="text-align:right;white-space:nowrap">0.81</td>',
      ),
    );
  });

  // Issue 20: "-0.00" in a table — a value that rounds to zero has no sign.
  it("never writes -0.00: a value that rounds to zero has no sign", () => {
    assert.equal(formatCell(-0.001, 2), "0.00");
    assert.equal(formatCell(-0, 2), "0");
    assert.equal(formatCell(-0.004, 2), "0.00");
    assert.equal(formatCell(-0.005, 2), "-0.01");
    assert.equal(formatCell(-0.25, 2), "-0.25");
  });

  it("takes columns from every record, in first-appearance order", () => {
    assert.deepEqual(tableData([{ a: 1 }, { b: 2, a: 3 }]).columns, ["a", "b"]);
    assert.equal(tableText([{ a: 1 }, { b: 2 }]), "a  b\n1\n   2");
  });

  it("accepts a danfojs DataFrame", async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const dfd = require("danfojs-node");
    const df = new dfd.DataFrame([
      { theme: "dialogue", units: 2 },
      { theme: "sovereignty", units: 3 },
    ]);
    assert.deepEqual(tableData(df), {
      columns: ["theme", "units"],
      rows: [
        { theme: "dialogue", units: 2 },
        { theme: "sovereignty", units: 3 },
      ],
    });
    assert.equal(tableText(df), "theme        units\ndialogue         2\nsovereignty      3");
  });

  it("rejects input that is neither records nor a DataFrame", () => {
    assert.throws(() => tableHtml("not a table"), ArgumentError);
  });
});
