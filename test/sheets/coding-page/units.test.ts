import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../../lib/core";
import { chooseUnits, sampleUnits } from "../../../lib/sheets";
import { unit } from "../fixtures";

const UNITS = ["AAA_1", "BBB_2", "CCC_3", "DDD_4", "EEE_5"].map((id) => unit(id, "One sentence."));
const list = (text: string) => {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "list-")), "sample.csv");
  fs.writeFileSync(f, text);
  return f;
};

describe("sheets/coding-page: chooseUnits", () => {
  it("every unit; or the sample npm run sheet draws with the same fraction and seed", () => {
    assert.equal(chooseUnits(UNITS, { kind: "all" }).units.length, 5);
    const s = chooseUnits(UNITS, { kind: "sample", fraction: 0.4, seed: "7" });
    assert.deepEqual(s.units, sampleUnits(UNITS, 0.4, "7"));
    assert.equal(s.description, "a 0.4 sample (seed 7) of 5 units: 2");
    assert.equal(s.key, "sample-0.4-7");
    assert.throws(
      () => chooseUnits(UNITS, { kind: "sample", fraction: 1.5, seed: "1" }),
      /--sample: expected a fraction/,
    );
  });

  it("the units a file lists, one half of it when asked, sorted by id", () => {
    const f = list("id,half\nDDD_4,tune\nAAA_1,holdout\nBBB_2,tune\n");
    assert.deepEqual(
      chooseUnits(UNITS, { kind: "list", file: f }).units.map((u) => u.id),
      ["AAA_1", "BBB_2", "DDD_4"],
    );
    const tune = chooseUnits(UNITS, { kind: "list", file: f, half: "tune" });
    assert.deepEqual(
      tune.units.map((u) => u.id),
      ["BBB_2", "DDD_4"],
    );
    assert.equal(tune.description, 'the 2 units listed in sample.csv, half "tune"');
  });

  it("a list that names units the corpus lacks, has no id column or no such half: an InputError saying so", () => {
    const bad = (text: string, half?: string) => {
      try {
        chooseUnits(UNITS, { kind: "list", file: list(text), half });
      } catch (e) {
        assert.ok(e instanceof InputError);
        return e.message;
      }
      assert.fail("expected an InputError");
    };
    assert.match(bad("id\nAAA_1\nZZZ_9\n"), /1 listed unit\(s\) are not in the corpus: ZZZ_9/);
    assert.match(bad("unit\nAAA_1\n"), /no `id` column/);
    assert.match(bad("id\nAAA_1\n", "tune"), /no `half` column/);
    assert.match(bad("id,half\nAAA_1,tune\n", "holdout"), /no unit in half "holdout"/);
  });
});
