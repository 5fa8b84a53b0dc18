import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  groupSizeRows,
  highestStance,
  keyWordCount,
  mostPassagesGroup,
  sidesKeyness,
  speakerComparison,
  writeSidesKeynessCsv,
} from "../../lib/chapter";
import { loadCard } from "../../lib/corpus";
import type { StanceCell } from "../../lib/timeline";
import type { KeynessRow } from "../../lib/vocabulary";
import { unit } from "../vocabulary/fixtures";

const SIZES = [
  { key: "China", units: 0, words: 0 },
  { key: "Serbia", units: 17, words: 11298 },
  { key: "Albania", units: 17, words: 6967 },
];

describe("chapter: chapter 08's steps and checks", () => {
  it("the sizes table: passages and words per window, 0 for a group a window lacks", () => {
    assert.deepEqual(groupSizeRows(["China", "Serbia"], [{ label: "w1" }, { label: "w2" }], [SIZES, []]), [
      { group: "China", "passages w1": 0, "words w1": 0, "passages w2": 0, "words w2": 0 },
      { group: "Serbia", "passages w1": 17, "words w1": 11298, "passages w2": 0, "words w2": 0 },
    ]);
  });

  it("the group with the most passages: the first in order on a tie (17 = 17), none when nobody spoke", () => {
    assert.equal(mostPassagesGroup(SIZES), "Serbia");
    assert.equal(mostPassagesGroup([{ key: "China", units: 0, words: 0 }]), null);
  });

  it("the highest mean stance of a window, with its passages; other windows ignored", () => {
    const c = (key: string, group: string, mean: number, units: number): StanceCell => ({
      key,
      group,
      units,
      mean,
      min: mean,
      max: mean,
    });
    const cells = [c("w1", "Russia", 0.67, 2), c("w1", "Serbia", 0.5, 17), c("w2", "EU", 0.9, 30)];
    assert.deepEqual(highestStance(cells, "w1"), { group: "Russia", units: 2 });
    assert.equal(highestStance(cells, "w3"), null);
  });

  it("the words key for one side at p < 0.05: 1 of 3 by hand", () => {
    const r = (keyFor: "A" | "B", p: number) => ({ keyFor, p }) as KeynessRow;
    assert.equal(keyWordCount([r("A", 0.01), r("A", 0.2), r("B", 0.001)], "A"), 1);
  });

  // Invented passages: side A says "dialogue" five times, side B "talks" five times, each once "peace"; a third
  // speaker's "talks" must not count.
  const UNITS = [
    unit("a1", 2010, "SRB", "Dialogue dialogue dialogue peace."),
    unit("a2", 2011, "SRB", "Dialogue's dialogue."),
    unit("b1", 2010, "FRA", "Talks talks talks talks talks peace."),
    unit("c1", 2010, "USA", "Talks talks talks talks talks talks."),
  ];
  const side = (u: { country: string }) => ({ SRB: "A", FRA: "B" })[u.country] ?? "other";

  it("one side's key words against another's: 5 against 0 in 6 words each: G² of the 2×2 table = 10.894", () => {
    const k = sidesKeyness(UNITS, side, "A", "B");
    assert.deepEqual(
      k.a.map((u) => u.id),
      ["a1", "a2"],
    );
    assert.deepEqual(
      k.b.map((u) => u.id),
      ["b1"],
    );
    assert.equal(k.freqA.total, 6);
    assert.equal(k.freqA.counts.get("dialogue"), 5); // "Dialogue's" counted as "dialogue"
    assert.equal(k.freqB.total, 6);
    const dialogue = k.rows.find((r) => r.term === "dialogue")!;
    assert.deepEqual([dialogue.freqA, dialogue.freqB, dialogue.keyFor], [5, 0, "A"]);
    assert.ok(Math.abs(dialogue.g2 - 2 * (5 * Math.log(2) + Math.log(2 / 7) + 6 * Math.log(12 / 7))) < 1e-9);
    assert.deepEqual(k.rows.find((r) => r.term === "talks")?.freqB, 5); // not 11: the third speaker is left out
    assert.equal(
      k.rows.find((r) => r.term === "peace"),
      undefined,
    ); // seen twice, under 5
  });

  it("writes the keyness table under output/tables/ and names it as a reader finds it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sides-keyness-"));
    const before = process.env.WORKBOOK_OUTPUT;
    process.env.WORKBOOK_OUTPUT = dir;
    try {
      const rows = sidesKeyness(UNITS, side, "A", "B").rows;
      assert.equal(writeSidesKeynessCsv(rows, "08-test"), "output/tables/08-test.csv");
      const csv = fs.readFileSync(path.join(dir, "tables", "08-test.csv"), "utf8").split("\n");
      assert.equal(csv[0], "term,freq_a,freq_b,per10k_a,per10k_b,key_for,g2,p,chi2,chi2_p,log_ratio");
      assert.match(csv.find((l) => l.startsWith("dialogue,")) ?? "", /^dialogue,5,0,8333\.33,0\.00,A,10\.894,/);
    } finally {
      if (before === undefined) delete process.env.WORKBOOK_OUTPUT;
      else process.env.WORKBOOK_OUTPUT = before;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("what is compared: the card's windows; the group sizes add up to each window's passages", () => {
    const c = speakerComparison(loadCard("ungdc-kosovo"));
    assert.equal(c.card.name, "ungdc-kosovo");
    assert.deepEqual(
      c.windows.map((w) => w.label),
      ["2008–2024", "1998–2007"], // data/corpora/ungdc-kosovo.yaml, analysis.compare.windows
    );
    assert.equal(c.china, "china-ungdc");
    assert.equal(c.groups[0], "China");
    c.sizes.forEach((s, i) => {
      assert.equal(s.length, c.groups.length);
      assert.equal(
        s.reduce((n, x) => n + x.units, 0),
        c.unitsOf[i].length,
      );
    });
  });
});
