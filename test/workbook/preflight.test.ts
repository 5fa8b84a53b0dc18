import { strict as assert } from "assert";
import * as path from "path";
import { listChapters } from "../../lib/report";
import { cardsOfRun, missingData } from "../../scripts/preflight";
import { ROOT } from "../support/run";

describe("workbook: what data a run reads, checked before it starts (scripts/preflight.ts)", () => {
  const chapters = listChapters(path.join(ROOT, "notebooks"));
  const only = (name: string) => chapters.filter((c) => c.name.startsWith(name));

  it("the run's card and every card a chosen chapter names", () => {
    // 00 and 09 name the study's card; the cards' analysis settings name the corpus chapters 07 and 08 compare
    // speakers on (ungdc-kosovo) and China's own corpus (china-ungdc); 04 names the double-coded round's card
    assert.deepEqual(cardsOfRun(chapters, "ungdc-kosovo"), [
      "china-kosovo",
      "china-ungdc",
      "ungdc-kosovo",
      "ungdc-kosovo-1989-2007",
    ]);
    assert.deepEqual(cardsOfRun(only("02"), "ungdc-kosovo-1989-2007"), ["china-ungdc", "ungdc-kosovo-1989-2007"]);
    assert.deepEqual(cardsOfRun(only("08"), "china-kosovo"), ["china-kosovo", "china-ungdc", "ungdc-kosovo"]);
    assert.deepEqual(cardsOfRun(only("02"), "no-such-card"), []);
  });

  it("nothing is missing when the full archive or the subset is there; a folder card never blocks a run", () => {
    assert.deepEqual(missingData(["ungdc-kosovo", "china-ungdc", "china-kosovo"]).fatal, []);
    const saved = process.env.UNGDC_DIR;
    process.env.UNGDC_DIR = path.join(ROOT, "data"); // no archive there: the subset is read
    try {
      assert.deepEqual(missingData(["ungdc-kosovo"]), { fatal: [], notes: [] });
    } finally {
      if (saved === undefined) delete process.env.UNGDC_DIR;
      else process.env.UNGDC_DIR = saved;
    }
  });
});
