import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadEvents } from "../../lib/charts";
import { InputError, ValidationError } from "../../lib/core";

describe("charts: loadEvents", () => {
  it("reads data/events.csv in date order", () => {
    const ev = loadEvents();
    assert.deepEqual(
      ev.map((e) => e.date),
      ["2008-02-17", "2010-07-22", "2013-04-19", "2023-09-24", "2024-02-01"],
    );
    assert.equal(ev[0].label, "Kosovo declares independence");
  });
  it("reports every bad row with its line", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "events-"));
    const file = path.join(dir, "events.csv");
    fs.writeFileSync(file, "date,label,kind\n2010-02-30,An invented event,test\n2011-01-01,,test\n");
    try {
      assert.throws(
        () => loadEvents(file),
        (e: unknown) => {
          assert.ok(e instanceof ValidationError);
          assert.deepEqual(
            e.problems.map((p) => [p.line, p.column]),
            [
              [2, "date"],
              [3, "label"],
            ],
          );
          return true;
        },
      );
      fs.writeFileSync(file, "when,label\n2010-01-01,x\n");
      assert.throws(() => loadEvents(file), /missing column "date"/);
      assert.throws(() => loadEvents(path.join(dir, "none.csv")), InputError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
