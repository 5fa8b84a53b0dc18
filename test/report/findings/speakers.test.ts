import { strict as assert } from "assert";
import { claimsOf, speakersFinding } from "../../../lib/report";

describe("report: the findings of chapter 08 (China beside the other speakers)", function () {
  this.timeout(60_000);

  it("gives China's Kosovo passages in its own speeches, the two windows, and each group's mean stance", () => {
    const f = speakersFinding("ungdc-kosovo");
    const claims = claimsOf(f);
    assert.ok(claims.some((c) => /^with a Kosovo passage: \d+ \(/.test(c.text)));
    const stance = claims.filter((c) => c.cell.tag === "finding-stance");
    assert.ok(stance.length > 0 && stance.every((c) => c.row?.length === 2), "each stance number names its row");
    assert.deepEqual([...new Set(stance.map((c) => c.row![0]))], ["2008–2024", "1998–2007"]);
    assert.equal(f.chart, "08-stance-by-group");
  });
});
