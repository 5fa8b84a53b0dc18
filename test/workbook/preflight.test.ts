import { strict as assert } from "assert";
import * as path from "path";
import { listChapters } from "../../lib/report";
import { cardsOfRun, missingData } from "../../scripts/preflight";
import { ROOT } from "../support/run";
import { tmpDir, withEnv, writeUnscSpeeches } from "../corpus/datasets/fixtures";

describe("workbook: what data a run reads, checked before it starts (scripts/preflight.ts)", () => {
  const chapters = listChapters(path.join(ROOT, "notebooks"));
  const only = (name: string) => chapters.filter((c) => c.name.startsWith(name));

  it("the run's card and every card a chosen chapter names", () => {
    // 00 and 09 name the study's card, 01 ungdc-kosovo, 04 the double-coded round's card; 07 and 08 read the
    // card's analysis.compare (ungdc-kosovo: its own speakers, china-ungdc)
    assert.deepEqual(cardsOfRun(chapters, "ungdc-kosovo"), [
      "china-kosovo",
      "china-ungdc",
      "ungdc-kosovo",
      "ungdc-kosovo-1989-2007",
    ]);
    assert.deepEqual(cardsOfRun(only("02"), "ungdc-kosovo-1989-2007"), ["ungdc-kosovo-1989-2007"]);
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

  it("a Security Council card without its download: one line naming the folder, the DOI and the variable", () => {
    const nowhere = path.join(tmpDir(), "nowhere");
    const run = cardsOfRun(chapters, "unsc-kosovo");
    assert.deepEqual(run, ["china-kosovo", "china-ungdc", "ungdc-kosovo", "ungdc-kosovo-1989-2007", "unsc-kosovo"]);
    assert.deepEqual(
      withEnv("UNSC_SPEECHES_DIR", nowhere, () => missingData(run)),
      {
        fatal: [
          `${nowhere}: the UNSC Meetings and Speeches download that corpus "unsc-kosovo" reads is not there ` +
            "(no such folder) — download it from doi:10.7910/DVN/CKPTRB (a folder with speeches.tsv and " +
            "meetings.tsv) into that folder, or set UNSC_SPEECHES_DIR to the folder that holds it",
        ],
        notes: [],
      },
    );
    const there = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));
    assert.deepEqual(
      withEnv("UNSC_SPEECHES_DIR", there, () => missingData(["unsc-kosovo", "china-unsc"])),
      { fatal: [], notes: [] },
    );
  });
});
