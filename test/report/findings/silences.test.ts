import { strict as assert } from "assert";
import { claimsOf, SILENCE_LISTS, silenceRows, silencesFinding } from "../../../lib/report";

describe("report: the findings of chapter 07 (silences, on ungdc-kosovo)", function () {
  this.timeout(60_000);
  const rows = silenceRows("ungdc-kosovo");

  it("a silence is a group that never uses a list that some other group uses", () => {
    assert.deepEqual([...new Set(rows.map((r) => r.list))].sort(), [...SILENCE_LISTS].sort());
    for (const r of rows.filter((x) => x.silent)) {
      assert.equal(r.unitsUsing, 0, `${r.group} ${r.list}`);
      assert.ok(r.units > 0 && r.otherUnitsUsing > 0, `${r.group} ${r.list}`);
    }
  });

  it("names each silence with the chapter's own reading, and says what the corpus cannot test about China", () => {
    const f = silencesFinding("ungdc-kosovo");
    const silent = rows.filter((r) => r.silent);
    assert.ok(silent.length > 0);
    const texts = claimsOf(f).map((c) => c.text);
    for (const r of silent) assert.ok(texts.includes(`${r.otherUnitsUsing} of ${r.otherUnits}`), r.reading);
    const china = rows.filter((r) => r.group === "China");
    if (china.every((r) => r.units === 0)) assert.ok(texts.some((t) => /^China has no Kosovo passage/.test(t)));
  });
});
