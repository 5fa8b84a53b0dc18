import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../lib/core";
import { readSubsetSpeakers, subsetSpeakerIndex, subsetSpeakerLines, subsetSpeakersCsv } from "../../lib/corpus";
import type { SpeakerRow } from "../../lib/corpus";
import { speakerIndex } from "../../lib/corpus/speakers";
import { tmpDir } from "./helpers";

const row = (year: number, session: number, iso: string, country: string, speaker = "", post = ""): SpeakerRow => ({
  year,
  session,
  iso,
  country,
  speaker,
  post,
});

/** Workbook rows written by hand: Soviet and Russian names, an EC row for an EU speech. */
const ROWS = [
  row(1985, 40, "RUS", "Union of Soviet Socialist Republics", "A One"),
  row(1990, 45, "RUS", "Union of Soviet Socialist Republics", "A Two"),
  row(1992, 47, "RUS", "Russian Federation", "A Three", "Minister"),
  row(2011, 66, "EC", "European Union", "An Officer", "President"),
];

describe("corpus: the subset's speakers file", () => {
  it("keeps each speech's row (an alias's too) and the name the whole workbook gives it", () => {
    const lines = subsetSpeakerLines(["RUS_47_1992", "EU_66_2011", "RUS_40_1985", "XYZ_66_2011"], ROWS);
    assert.deepEqual(
      lines.map((l) => [l.speech, l.row?.speaker ?? null, l.countryShown]),
      [
        ["EU_66_2011", "An Officer", "European Union"],
        // 1985: two Soviet rows within ten years outvote the Russian one
        ["RUS_40_1985", "A One", "Union of Soviet Socialist Republics"],
        ["RUS_47_1992", "A Three", "Union of Soviet Socialist Republics"],
        ["XYZ_66_2011", null, "XYZ"],
      ],
    );
  });

  it("writes and reads the CSV; its index answers as the whole workbook's does for these speeches", () => {
    const ids = ["RUS_47_1992", "EU_66_2011", "RUS_40_1985", "XYZ_66_2011"];
    const csv = subsetSpeakersCsv(subsetSpeakerLines(ids, ROWS));
    assert.equal(csv.split("\n")[0], "Speech,Year,Session,ISO Code,Country,Name of Person Speaking,Post,Country shown");
    assert.equal(csv.split("\n")[4], "XYZ_66_2011,,,,,,,XYZ");
    const file = path.join(tmpDir("speakers"), "speakers.csv");
    fs.writeFileSync(file, csv);
    const sub = subsetSpeakerIndex(readSubsetSpeakers(file));
    const whole = speakerIndex(ROWS);
    for (const [iso, session, year] of [
      ["RUS", 47, 1992],
      ["EU", 66, 2011],
      ["RUS", 40, 1985],
      ["XYZ", 66, 2011],
    ] as const) {
      assert.deepEqual(sub.find(iso, session), whole.find(iso, session), `${iso} ${session}`);
      assert.equal(sub.nameOf(iso, year), whole.nameOf(iso, year), `${iso} ${year}`);
    }
  });

  it("names the file and line of a line that is not a speech", () => {
    const file = path.join(tmpDir("speakers-bad"), "speakers.csv");
    fs.writeFileSync(
      file,
      "Speech,Year,Session,ISO Code,Country,Name of Person Speaking,Post,Country shown\nnot-an-id,,,,,,,X\n",
    );
    assert.throws(
      () => readSubsetSpeakers(file),
      (e: Error) => e instanceof InputError && e.line === 2 && /is not a speech id/.test(e.message),
    );
    fs.writeFileSync(file, "Speech,Year\n");
    assert.throws(
      () => readSubsetSpeakers(file),
      (e: Error) => e instanceof InputError && e.line === 1,
    );
  });
});
