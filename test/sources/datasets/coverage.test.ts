import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parseSlots } from "../../../lib/sources";
import { candidateSlotsCsv, coverage } from "../../../lib/sources/datasets/coverage";
import { tmpDir } from "../../corpus/datasets/fixtures";

const SLOTS = parseSlots(
  "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence\n" +
    "mfa-2010-07-23,2010-07-23,mfa,,,MFA,,,,,t\n" +
    "unsc-2010-01-22,2010-01-22,unsc,,,UNSC,,S/PV.6264,,,t\n" +
    "unsc-2010-05-17,2010-05-17,unsc,,,UNSC,,S/PV.6314,,,t\n" +
    "leader-2016-06-18,2016-06-18,leader,,,Belgrade,,,,,t\n",
  "slots.csv",
);

const fm = (id: string, extra: string) =>
  `---\nid: ${id}\ndate: ${id.slice(-10)}\ncategory: ${id.split("-")[0]}\nspeaker: ""\n` +
  `venue: "UN Security Council, New York (S/PV.9990)"\nsource: s\n${extra}---\n\nBody.\n`;

describe("datasets/coverage", () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, "unsc-2010-01-22.txt"), fm("unsc-2010-01-22", "# dataset: unsc-speeches\n"));
  fs.writeFileSync(path.join(dir, "mfa-2010-07-23.txt"), fm("mfa-2010-07-23", 'retrieved: "2026-01-01"\n'));
  fs.writeFileSync(path.join(dir, "leader-2016-06-18.txt"), fm("leader-2016-06-18", ""));
  fs.writeFileSync(
    path.join(dir, "unsc-2019-07-01.txt"),
    fm("unsc-2019-07-01", 'title: "Kosovo"\n# dataset: unsc-debates\n# version: 6.1\n# doi: d\n# rows: r1 r2\n'),
  );

  it("counts the slots each route filled, the missing ones, and texts without a slot", () => {
    const c = coverage(SLOTS, dir, ["mfa", "unsc", "leader"]);
    assert.deepEqual(
      c.rows.map((r) => [r.origin, r.counts.mfa, r.counts.unsc, r.counts.leader, r.total]),
      [
        ["unsc-speeches", 0, 1, 0, 1],
        ["unsc-debates", 0, 0, 0, 0],
        ["cmfa-presscon", 0, 0, 0, 0],
        ["fetch", 1, 0, 0, 1],
        ["by hand", 0, 0, 1, 1],
        ["missing", 0, 1, 0, 1],
        ["all", 1, 2, 1, 4],
      ],
    );
    assert.deepEqual(
      c.missing.map((s) => s.slot),
      ["unsc-2010-05-17"],
    );
    assert.deepEqual(
      c.withoutSlot.map((t) => [t.id, t.origin]),
      [["unsc-2019-07-01", "unsc-debates"]],
    );
  });

  it("lists texts without a slot in the slots file's columns", () => {
    const csv = candidateSlotsCsv(coverage(SLOTS, dir, ["mfa", "unsc", "leader"]).withoutSlot);
    assert.equal(
      csv,
      "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence\n" +
        'unsc-2019-07-01,2019-07-01,unsc,,,"UN Security Council, New York (S/PV.9990)",Kosovo,S/PV.9990,,,' +
        '"dataset: unsc-debates v6.1 (doi:d), rows r1 r2"\n',
    );
  });
});
